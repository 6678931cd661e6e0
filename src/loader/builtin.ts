import { fileURLToPath } from 'node:url';
import { isAbsolute, join, relative, resolve } from 'node:path';

/** The package root: `dist/loader/` and `src/loader/` both sit two levels below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Built-in criteria sets by name, usable in `--criteria` and in `extends:`. */
export const BUILTIN_SETS: Readonly<Record<string, string>> = {
  att: join(PACKAGE_ROOT, 'criteria', 'att', 'set.yaml'),
  'eu-cp': join(PACKAGE_ROOT, 'criteria', 'eu-cp', 'set.yaml'),
};

/**
 * The built-in context folders by name. Criteria sets name the real ones they need by default (`att`:
 * `un`; `eu-cp`: `un` and `eu`); the fictional `training` states and embargo load only when asked for
 * (`--context training`, and in exercises), never into a real assessment by default.
 */
export const BUILTIN_CONTEXTS: Readonly<Record<string, string>> = {
  un: join(PACKAGE_ROOT, 'criteria', 'context', 'un'),
  eu: join(PACKAGE_ROOT, 'criteria', 'context', 'eu'),
  training: join(PACKAGE_ROOT, 'criteria', 'context', 'training'),
};

/** The context loaded when a set names none: the UN embargoes. */
export const DEFAULT_CONTEXT_NAMES: readonly string[] = ['un'];

/**
 * Resolves a `--context` argument: an existing folder is used as it is; otherwise a built-in context
 * name (`training`, `un`, `eu`) names the built-in folder. Anything else is returned unchanged, so the
 * loader reports it as a missing folder with its path.
 */
export function resolveContextDir(argument: string, exists: (path: string) => boolean): string {
  if (exists(argument)) return argument;
  return Object.hasOwn(BUILTIN_CONTEXTS, argument) ? (BUILTIN_CONTEXTS[argument] as string) : argument;
}

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
