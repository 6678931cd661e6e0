import { recordError, type RecordError } from '../loader/records.js';

/**
 * Remembers every record id of a batch, in input order, so that a reused id becomes an error citing
 * its first use. Stores a number per id (file index and line), not a string, to stay small at a
 * million records.
 */
export class IdRegistry {
  private readonly seen = new Map<string, number>();
  private readonly files: string[] = [];

  /** Registers `id` at `source` (`file:line`); returns the error if the id was used before. */
  claim(id: string, source: string): RecordError | undefined {
    const colon = source.lastIndexOf(':');
    const file = source.slice(0, colon);
    const line = Number(source.slice(colon + 1));
    const first = this.seen.get(id);
    if (first !== undefined) {
      const at = `${this.files[Math.floor(first / 2 ** 32)] ?? ''}:${first % 2 ** 32}`;
      return recordError(source, id, [{ code: 'duplicate-id', severity: 'error', message: `id "${id}" is already used at ${at}`, hint: 'give each application its own id', path: 'id', location: { file, line } }]);
    }
    let index = this.files.lastIndexOf(file);
    if (index < 0) index = this.files.push(file) - 1;
    this.seen.set(id, index * 2 ** 32 + line);
    return undefined;
  }
}
