import type { RecordError } from '../loader/index.js';
import { FingerprintIdRegistry } from './fingerprint-id-registry.js';
import { IdRegistry, type IdClaims } from './id-registry.js';

/**
 * The duplicate-id check of a batch: exact (`IdRegistry`, every id kept) while the batch is small,
 * then, past `exactLimit` ids, the fixed-size fingerprints of `FingerprintIdRegistry`, so that
 * streaming a million records does not keep a million id strings on the heap. The ids seen so far
 * move over in input order, so an error still cites the first use. Past the limit the check shares
 * the fingerprints' tiny chance of a false duplicate (about n^2 / 2^65: 2.7e-8 at a million ids).
 */
export class BatchIdRegistry implements IdClaims {
  private exact: IdRegistry | undefined = new IdRegistry();
  private fingerprints: FingerprintIdRegistry | undefined;

  constructor(private readonly exactLimit = 100_000) {}

  claim(id: string, source: string): RecordError | undefined {
    if (!this.exact) return (this.fingerprints as FingerprintIdRegistry).claim(id, source);
    const error = this.exact.claim(id, source);
    if (!error && this.exact.size > this.exactLimit) {
      const fingerprints = new FingerprintIdRegistry();
      for (const [seen, at] of this.exact.entries()) fingerprints.claim(seen, at);
      this.fingerprints = fingerprints;
      this.exact = undefined;
    }
    return error;
  }
}
