import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closest, editDistance } from '../../src/diagnostics/suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('level', 'level')).toBe(0);
    expect(editDistance('levle', 'level')).toBe(2);
    expect(editDistance('equal', 'equals')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('property: is a distance (zero only for equal strings, symmetric, the triangle inequality)', () => {
    const word = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(word, word, word, (a, b, c) => {
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
      }),
      { seed: 20261123 },
    );
  });
});

describe('closest', () => {
  const fields = ['end_user.name', 'end_user.type', 'end_user.state', 'importer.state'];

  it('suggests the nearest candidate for a plausible typo, whatever the case', () => {
    expect(closest('end_usr.type', fields)).toBe('end_user.type');
    expect(closest('END_USER.STATE', fields)).toBe('end_user.state');
  });

  it('suggests the one candidate that contains a fragment ("tank" for "battle-tanks")', () => {
    expect(closest('tank', ['battle-tanks', 'small-arms', 'light-weapons'])).toBe('battle-tanks');
    // A fragment of two candidates is no hint.
    expect(closest('arms', ['small-arms', 'side-arms'])).toBeUndefined();
  });

  it('suggests nothing for a word far from every candidate', () => {
    expect(closest('quantity', fields)).toBeUndefined();
    expect(closest('anything', [])).toBeUndefined();
  });
});
