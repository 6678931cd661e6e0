/**
 * An open-addressing hash set of 64-bit fingerprints, each with the file index and line number of
 * its first insertion, kept in typed arrays so that its memory is a fixed few bytes per entry and
 * nothing per entry on the JavaScript heap: 8 bytes of fingerprint and 8 of location per slot,
 * between 3/8 and 3/4 of the slots filled (past the first 1,024), so 21 to 43 bytes per entry;
 * while it doubles, the old and new arrays live together for a moment.
 *
 * The fingerprint (0, 0) marks an empty slot, so callers never pass it (see `fingerprintOf`).
 * Linear probing from the low bits of `lo`: the fingerprints are uniformly distributed, so the
 * probe sequences stay short.
 */
export class FingerprintSet {
  private fingerprints: Uint32Array;
  private files: Uint32Array;
  private lines: Uint32Array;
  private mask: number;
  private count = 0;

  /** `initialCapacity` is rounded up to a power of two (at least 8). */
  constructor(initialCapacity = 1024) {
    let capacity = 8;
    while (capacity < initialCapacity) capacity *= 2;
    this.mask = capacity - 1;
    this.fingerprints = new Uint32Array(capacity * 2);
    this.files = new Uint32Array(capacity);
    this.lines = new Uint32Array(capacity);
  }

  /** How many distinct fingerprints are held. */
  get size(): number {
    return this.count;
  }

  /** How many slots the table has (a power of two); memory is about 16 bytes per slot. */
  get capacity(): number {
    return this.mask + 1;
  }

  /**
   * Adds the fingerprint (`hi`, `lo`) first seen at `file` (an index the caller keeps) and `line`.
   * Returns -1 if it is new, otherwise the slot holding its first insertion, to read with `fileAt`
   * and `lineAt` (valid until the next `add`).
   */
  add(hi: number, lo: number, file: number, line: number): number {
    if (hi === 0 && lo === 0) throw new RangeError('the fingerprint (0, 0) marks an empty slot');
    const found = this.slotOf(hi >>> 0, lo >>> 0);
    if (this.fingerprints[2 * found] !== 0 || this.fingerprints[2 * found + 1] !== 0) return found;
    this.put(found, hi >>> 0, lo >>> 0, file, line);
    this.count += 1;
    if (this.count * 4 > this.capacity * 3) this.grow();
    return -1;
  }

  /** Whether the fingerprint (`hi`, `lo`) has been added. */
  has(hi: number, lo: number): boolean {
    const slot = this.slotOf(hi >>> 0, lo >>> 0);
    return this.fingerprints[2 * slot] !== 0 || this.fingerprints[2 * slot + 1] !== 0;
  }

  /** The file index stored with the entry in `slot`. */
  fileAt(slot: number): number {
    return this.files[slot] ?? 0;
  }

  /** The line number stored with the entry in `slot`. */
  lineAt(slot: number): number {
    return this.lines[slot] ?? 0;
  }

  /** The slot holding (`hi`, `lo`), or the empty slot where it would go. */
  private slotOf(hi: number, lo: number): number {
    const table = this.fingerprints;
    let slot = lo & this.mask;
    for (;;) {
      const h = table[2 * slot];
      const l = table[2 * slot + 1];
      if ((h === hi && l === lo) || (h === 0 && l === 0)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private put(slot: number, hi: number, lo: number, file: number, line: number): void {
    this.fingerprints[2 * slot] = hi;
    this.fingerprints[2 * slot + 1] = lo;
    this.files[slot] = file;
    this.lines[slot] = line;
  }

  /** Doubles the table and re-inserts every entry. */
  private grow(): void {
    const { fingerprints, files, lines } = this;
    const capacity = this.capacity * 2;
    this.mask = capacity - 1;
    this.fingerprints = new Uint32Array(capacity * 2);
    this.files = new Uint32Array(capacity);
    this.lines = new Uint32Array(capacity);
    for (let old = 0; old < files.length; old += 1) {
      const hi = fingerprints[2 * old] ?? 0;
      const lo = fingerprints[2 * old + 1] ?? 0;
      if (hi !== 0 || lo !== 0) this.put(this.slotOf(hi, lo), hi, lo, files[old] ?? 0, lines[old] ?? 0);
    }
  }
}
