import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FingerprintIdRegistry } from '../../src/batch/fingerprint-id-registry.js';
import { FingerprintSet } from '../../src/batch/fingerprint-set.js';
import { fingerprintOf } from '../../src/batch/id-fingerprint.js';
import { IdRegistry } from '../../src/batch/id-registry.js';

describe('FingerprintSet', () => {
  it('adds a new fingerprint and finds it again with the location of its first insertion', () => {
    const set = new FingerprintSet();
    expect(set.add(7, 9, 0, 12)).toBe(-1);
    expect(set.add(7, 10, 1, 13)).toBe(-1);
    expect(set.size).toBe(2);
    const first = set.add(7, 9, 2, 40);
    expect(first).toBeGreaterThanOrEqual(0);
    expect([set.fileAt(first), set.lineAt(first)]).toEqual([0, 12]);
    // A second reuse still cites the first insertion, not the previous reuse.
    const again = set.add(7, 9, 3, 50);
    expect([set.fileAt(again), set.lineAt(again)]).toEqual([0, 12]);
    expect(set.size).toBe(2);
    expect(set.has(7, 10)).toBe(true);
    expect(set.has(10, 7)).toBe(false);
  });

  it('keeps fingerprints apart that share their low bits (and so their first slot)', () => {
    const set = new FingerprintSet(8);
    for (let hi = 1; hi <= 5; hi += 1) expect(set.add(hi, 0x100, hi, hi * 10)).toBe(-1);
    for (let hi = 1; hi <= 5; hi += 1) {
      const slot = set.add(hi, 0x100, 99, 99);
      expect([set.fileAt(slot), set.lineAt(slot)]).toEqual([hi, hi * 10]);
    }
    expect(set.has(6, 0x100)).toBe(false);
  });

  it('doubles as it fills, keeping every entry and its location, at a fixed cost per entry', () => {
    const set = new FingerprintSet(8);
    const n = 5000;
    for (let i = 1; i <= n; i += 1) expect(set.add(i * 2654435761, i, i % 3, i)).toBe(-1);
    expect(set.size).toBe(n);
    // At most 3/4 full, and never more than twice the slots needed at that load.
    expect(set.capacity).toBeGreaterThanOrEqual((n * 4) / 3);
    expect(set.capacity).toBeLessThanOrEqual((n * 8) / 3);
    for (let i = 1; i <= n; i += 1) {
      const slot = set.add(i * 2654435761, i, 7, 0);
      expect(slot).toBeGreaterThanOrEqual(0);
      expect([set.fileAt(slot), set.lineAt(slot)]).toEqual([i % 3, i]);
    }
  });

  it('refuses the fingerprint that marks an empty slot', () => {
    expect(() => new FingerprintSet().add(0, 0, 0, 1)).toThrow(RangeError);
  });
});

describe('fingerprintOf', () => {
  it('is stable, 64 bits as two unsigned halves, and tells apart ids that differ only in unpaired surrogates', () => {
    expect(fingerprintOf('LIC-2025-000001')).toEqual(fingerprintOf('LIC-2025-000001'));
    const ids = ['\ud800', '\ud801', '\ufffd', 'a\udc00', 'a\udc01', '', ' '];
    const keys = new Set(ids.map(id => JSON.stringify(fingerprintOf(id))));
    expect(keys.size).toBe(ids.length);
    for (const id of ids) {
      const { hi, lo } = fingerprintOf(id);
      for (const half of [hi, lo]) expect(Number.isInteger(half) && half >= 0 && half < 2 ** 32).toBe(true);
    }
  });
});

describe('FingerprintIdRegistry', () => {
  it('gives the same duplicate-id errors as the exact IdRegistry', () => {
    const claims = fc.array(fc.record({ id: fc.oneof(fc.constantFrom('A', 'B', 'C', 'LIC-1', ''), fc.string()), file: fc.constantFrom('a.ndjson', 'b.csv', 'c:d.yaml'), line: fc.nat(10_000) }), { maxLength: 60 });
    fc.assert(
      fc.property(claims, list => {
        const exact = new IdRegistry();
        const compact = new FingerprintIdRegistry();
        for (const { id, file, line } of list) expect(compact.claim(id, `${file}:${line}`)).toEqual(exact.claim(id, `${file}:${line}`));
      }),
    );
  });

  it('holds 300,000 distinct ids and finds each again, citing its first use', () => {
    const registry = new FingerprintIdRegistry();
    const n = 300_000;
    let duplicates = 0;
    for (let i = 0; i < n; i += 1) if (registry.claim(`LIC-2025-${String(i).padStart(6, '0')}`, `register.ndjson:${i + 1}`)) duplicates += 1;
    expect(duplicates).toBe(0);
    expect(registry.size).toBe(n);
    for (let i = 0; i < n; i += 997) {
      const error = registry.claim(`LIC-2025-${String(i).padStart(6, '0')}`, `more.ndjson:${i + 1}`);
      expect(error?.diagnostics[0]?.message).toBe(`id "LIC-2025-${String(i).padStart(6, '0')}" is already used at register.ndjson:${i + 1}`);
      expect(error?.diagnostics[0]?.location).toEqual({ file: 'more.ndjson', line: i + 1 });
    }
  });
});
