import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/index.js';
import { BUILTIN_CONTEXTS, BUILTIN_SETS, PACKAGE_ROOT } from './builtin.js';
import { loadCriteria } from './criteria.js';
import { loadContextFile } from './context.js';
import type { Snapshot, SnapshotContextFile, SnapshotSet } from './snapshot.js';

/**
 * Loads, validates and compiles every built-in criteria set and context file from YAML, for the
 * build to write as `dist/snapshot.json`. Run with the package outside the working folder, so that
 * every path is written as `atra:criteria/…`. Any diagnostic fails the build: a snapshot is only
 * ever of files that load cleanly.
 */
export async function buildSnapshot(): Promise<{ snapshot?: Snapshot; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const sets: Record<string, SnapshotSet> = {};
  for (const name of Object.keys(BUILTIN_SETS)) {
    const loaded = await loadCriteria(name);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.bundle && loaded.compiled) sets[name] = { bundle: loaded.bundle, files: loaded.files };
  }
  const context: Record<string, SnapshotContextFile> = {};
  for (const dir of Object.values(BUILTIN_CONTEXTS)) {
    for (const name of ['states.yaml', 'embargoes.yaml']) {
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      const { diagnostics: problems, ...file } = await loadContextFile(path);
      diagnostics.push(...problems);
      if (file.meta) context[relative(PACKAGE_ROOT, path)] = { ...file, meta: file.meta };
    }
  }
  return diagnostics.length ? { diagnostics } : { snapshot: { format: 1, sets, context }, diagnostics };
}
