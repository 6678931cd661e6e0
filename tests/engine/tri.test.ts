import { describe, expect, it } from 'vitest';
import { triAnd, triNot, triOr, type Tri } from '../../src/engine/tri.js';

const T: Tri = 'true';
const F: Tri = 'false';
const U: Tri = 'unknown';

describe('three-valued logic (Kleene)', () => {
  it.each([
    [T, T, T], [T, F, F], [T, U, U], [F, U, F], [U, U, U], [F, F, F],
  ])('and(%s, %s) = %s', (a, b, want) => expect(triAnd([a, b])).toBe(want));

  it.each([
    [T, T, T], [T, F, T], [T, U, T], [F, U, U], [U, U, U], [F, F, F],
  ])('or(%s, %s) = %s', (a, b, want) => expect(triOr([a, b])).toBe(want));

  it('not keeps unknown unknown', () => {
    expect(triNot(U)).toBe(U);
    expect(triNot(T)).toBe(F);
    expect(triNot(F)).toBe(T);
  });

  it('empty conjunction is true and empty disjunction is false', () => {
    expect(triAnd([])).toBe(T);
    expect(triOr([])).toBe(F);
  });
});
