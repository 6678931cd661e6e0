import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BUILTIN_SETS, PACKAGE_ROOT } from './builtin.js';
import { rootFor } from './confine.js';

// Where a criteria set reference (`att`, a folder, a set file) points, and whether a file is part of atra.

// Resolved on first use, not at import: importing the library touches no file.
let builtinRoot: string | undefined;
/** The built-in criteria folder, symlinks resolved. */
export const builtinRootOf = (): string => (builtinRoot ??= rootFor(join(PACKAGE_ROOT, 'criteria')));

/** True when `path` is a built-in set's file, however it is written: those files are part of atra. */
export function isBuiltinSetFile(path: string): boolean {
  const real = rootFor(path);
  return Object.values(BUILTIN_SETS).some(builtin => rootFor(builtin) === real);
}

/** The folder a set reference names: the folder itself, or the folder of a set file. */
export function ownFolder(reference: string): string {
  const path = resolve(reference);
  return existsSync(path) && statSync(path).isDirectory() ? path : dirname(path);
}

/** Resolves `att`, a folder holding `set.yaml`, or a set file itself. */
export function resolveSetPath(reference: string, relativeTo = process.cwd()): string {
  const builtin = BUILTIN_SETS[reference];
  if (builtin) return builtin;
  const path = resolve(relativeTo, reference);
  return existsSync(path) && statSync(path).isDirectory() ? join(path, 'set.yaml') : path;
}
