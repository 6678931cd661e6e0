import { recordError, type RecordError } from '../loader/index.js';

/** Something that takes each record id in input order and rejects one used before. */
export interface IdClaims {
  /** Registers `id` at `source` (`file:line`); returns the error if the id was used before. */
  claim(id: string, source: string): RecordError | undefined;
}

/** `file:line` split at its last colon (file names may contain colons). */
export function splitSource(source: string): { file: string; line: number } {
  const colon = source.lastIndexOf(':');
  return { file: source.slice(0, colon), line: Number(source.slice(colon + 1)) };
}

/** The `duplicate-id` error of the record at `source` whose id was first used at `firstAt` (`file:line`). */
export function duplicateIdError(id: string, source: string, firstAt: string): RecordError {
  const { file, line } = splitSource(source);
  return recordError(source, id, [{ code: 'duplicate-id', severity: 'error', message: `id "${id}" is already used at ${firstAt}`, hint: 'give each application its own id', path: 'id', location: { file, line } }]);
}

/**
 * Remembers every record id of a batch, in input order, so that a reused id becomes an error citing
 * its first use. Stores a number per id (file index and line), not a string, to stay small at a
 * million records. Exact: used where whole batches are held anyway; the annual report, which
 * streams, uses the fixed-size fingerprints of `FingerprintIdRegistry`.
 */
export class IdRegistry implements IdClaims {
  private readonly seen = new Map<string, number>();
  private readonly files: string[] = [];

  claim(id: string, source: string): RecordError | undefined {
    const { file, line } = splitSource(source);
    const first = this.seen.get(id);
    if (first !== undefined) return duplicateIdError(id, source, `${this.files[Math.floor(first / 2 ** 32)] ?? ''}:${first % 2 ** 32}`);
    let index = this.files.lastIndexOf(file);
    if (index < 0) index = this.files.push(file) - 1;
    this.seen.set(id, index * 2 ** 32 + line);
    return undefined;
  }

  /** Every id held with the `file:line` of its first use, in input order. */
  *entries(): IterableIterator<[string, string]> {
    for (const [id, at] of this.seen) yield [id, `${this.files[Math.floor(at / 2 ** 32)] ?? ''}:${at % 2 ** 32}`];
  }

  /** How many distinct ids are held. */
  get size(): number {
    return this.seen.size;
  }
}
