import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A folder as a confinement root: absolute, with every symbolic link resolved. */
export function rootFor(folder: string): string {
  const absolute = resolve(folder);
  return existsSync(absolute) ? realpathSync.native(absolute) : absolute;
}

/**
 * Why `path` may not be read under `root`, or undefined when it may. The path is resolved with its
 * symbolic links (its nearest existing ancestor's, when it does not exist yet), so neither `../..`, an
 * absolute path nor a link out of the folder escapes it. Hidden names inside the root (`.git`, `.env`)
 * are refused too: in a CI checkout they hold credentials.
 */
export function outsideRoot(path: string, root: string): string | undefined {
  const real = realOf(resolve(path));
  const inside = relative(root, real);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return `resolves outside the criteria folder ${root}`;
  if (inside.split(sep).some(part => part.startsWith('.') && part !== '.')) return 'is inside a hidden folder or is a hidden file';
  return undefined;
}

function realOf(path: string): string {
  if (existsSync(path)) return realpathSync.native(path);
  const parent = dirname(path);
  return parent === path ? path : join(realOf(parent), basename(path));
}
