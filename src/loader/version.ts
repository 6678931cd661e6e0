import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './builtin.js';

let cached: string | undefined;

/**
 * The package version, read from package.json on first use (so there is one place to bump it) and
 * remembered. Read lazily so that importing the library touches no file.
 */
export function toolVersion(): string {
  cached ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return cached;
}
