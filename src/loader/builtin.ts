import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

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

/** Shows a built-in path relative to the package (`criteria/att/…`), so reports read the same on every machine. */
export function displayPath(path: string): string {
  return path.startsWith(PACKAGE_ROOT) ? `atra:${path.slice(PACKAGE_ROOT.length)}` : path;
}
