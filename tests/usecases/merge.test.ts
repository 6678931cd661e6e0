import { describe, expect, it } from 'vitest';
import { mergeRecord } from '../../src/usecases/merge.js';

describe('mergeRecord (a case over its base application)', () => {
  const base = { id: 'A', end_user: { name: 'Belmark Army', state: 'XB', type: 'armed-forces' }, items: [{ category: 'small-arms' }, { category: 'light-weapons' }], transit: [] };

  it('merges mappings key by key and replaces lists and scalars', () => {
    expect(mergeRecord(base, { id: 'B', end_user: { state: 'XR' }, items: [{ category: 'missiles' }] })).toEqual({
      id: 'B',
      end_user: { name: 'Belmark Army', state: 'XR', type: 'armed-forces' },
      items: [{ category: 'missiles' }],
      transit: [],
    });
  });

  it('removes a key given null, at any depth, and adds keys the base lacks', () => {
    expect(mergeRecord(base, { end_user: { type: null }, transit: null, brokers: [] })).toEqual({ id: 'A', end_user: { name: 'Belmark Army', state: 'XB' }, items: base.items, brokers: [] });
  });

  it('leaves the base as it was', () => {
    const before = JSON.stringify(base);
    mergeRecord(base, { end_user: { state: 'XR', name: null } });
    expect(JSON.stringify(base)).toBe(before);
  });
});
