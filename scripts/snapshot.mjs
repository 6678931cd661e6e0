// Build step: writes dist/snapshot.json, the built-in criteria and context validated once (see
// src/loader/snapshot.ts). Runs from a fresh empty folder, which can never contain the package (the
// system temp folder itself might: a checkout under /tmp), so that every path reads `atra:criteria/…`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'atra-snapshot-'));
process.chdir(scratch);
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const { buildSnapshot } = await import('../dist/loader/build-snapshot.js');
const { SNAPSHOT_PATH } = await import('../dist/loader/snapshot.js');
const { formatDiagnostic } = await import('../dist/diagnostics/index.js');
// The snapshot must never come from an older snapshot: build it from YAML alone.
process.env.ATRA_NO_SNAPSHOT = '1';
const { snapshot, diagnostics } = await buildSnapshot();
if (!snapshot) {
  for (const diagnostic of diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  process.exit(1);
}
writeFileSync(SNAPSHOT_PATH, JSON.stringify(snapshot));
process.stderr.write(`wrote ${SNAPSHOT_PATH}\n`);
