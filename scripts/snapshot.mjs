// Build step: writes dist/snapshot.json, the built-in criteria and context validated once (see
// src/loader/snapshot.ts). Runs from outside the package so that every path reads `atra:criteria/…`.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

process.chdir(tmpdir());
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
