import { statSync } from 'node:fs';
import { UsageError } from './errors.js';

/**
 * A folder named where a record file is expected is a usage error, said before any report is
 * started. Anything else (a file, a FIFO, `/dev/stdin`, a path that does not exist) is left to the
 * reader, which reports a missing file as an error of the report.
 */
export function rejectFolders(files: readonly string[]): void {
  for (const file of files) {
    if (file === '-') continue;
    let folder = false;
    try {
      folder = statSync(file).isDirectory();
    } catch {
      continue;
    }
    if (folder) throw new UsageError(`${file} is a folder, not a record file`, `name the files inside it, e.g. ${file.replace(/\/+$/, '')}/*.yaml`);
  }
}
