import { fileURLToPath } from 'node:url';
import { isAbsolute, join, relative, resolve } from 'node:path';

/** The package root: `dist/loader/` and `src/loader/` both sit two levels below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Built-in criteria sets by name, usable in `--criteria` and in `extends:`. */
export const BUILTIN_SETS: Readonly<Record<string, string>> = {
  att: join(PACKAGE_ROOT, 'criteria', 'att', 'set.yaml'),
  'eu-cp': join(PACKAGE_ROOT, 'criteria', 'eu-cp', 'set.yaml'),
};

/** The built-in context folders, loaded before any `--context`: UN embargoes, then the fictional training states. */
export const BUILTIN_CONTEXT: readonly string[] = [
  join(PACKAGE_ROOT, 'criteria', 'context', 'un'),
  join(PACKAGE_ROOT, 'criteria', 'context', 'training'),
];

/**
 * How reports name a file: relative to the working folder when it is inside it; a built-in file
 * elsewhere as `atra:criteria/…`, so reports read the same on every machine.
 */
export function displayPath(path: string, cwd = process.cwd()): string {
  const absolute = resolve(cwd, path);
  const inCwd = relative(cwd, absolute);
  if (!inCwd.startsWith('..') && !isAbsolute(inCwd)) return inCwd;
  return absolute.startsWith(PACKAGE_ROOT) ? `atra:${absolute.slice(PACKAGE_ROOT.length)}` : path;
}

/** The file behind a display path: `atra:criteria/…` is inside the package, anything else is as given. */
export function absolutePath(display: string, cwd = process.cwd()): string {
  return display.startsWith('atra:') ? join(PACKAGE_ROOT, display.slice('atra:'.length)) : resolve(cwd, display);
}
