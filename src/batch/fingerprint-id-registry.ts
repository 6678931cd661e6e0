import type { RecordError } from '../loader/index.js';
import { FingerprintSet } from './fingerprint-set.js';
import { fingerprintOf } from './id-fingerprint.js';
import { duplicateIdError, splitSource, type IdClaims } from './id-registry.js';

/**
 * The duplicate-id check of a streamed register: like `IdRegistry`, but it keeps a 64-bit
 * fingerprint of each id (and the file and line of its first use) in a `FingerprintSet` instead of
 * the id itself, so its memory is 21 to 43 bytes per id, outside the JavaScript heap, whatever
 * the length of the ids. The error cites the first use exactly as `IdRegistry` does.
 *
 * Not exact: two different ids sharing a fingerprint would make the second a false duplicate. Among
 * n distinct ids that happens with probability about n^2 / 2^65 (2.7e-8 at a million ids; see
 * `fingerprintOf`), far below the chance of a wrong id in the register itself.
 */
export class FingerprintIdRegistry implements IdClaims {
  private readonly set = new FingerprintSet();
  private readonly files: string[] = [];

  claim(id: string, source: string): RecordError | undefined {
    const { file, line } = splitSource(source);
    let index = this.files.lastIndexOf(file);
    if (index < 0) index = this.files.push(file) - 1;
    const { hi, lo } = fingerprintOf(id);
    const first = this.set.add(hi, lo, index, line);
    if (first < 0) return undefined;
    return duplicateIdError(id, source, `${this.files[this.set.fileAt(first)] ?? ''}:${this.set.lineAt(first)}`);
  }

  /** How many distinct ids are held. */
  get size(): number {
    return this.set.size;
  }
}
