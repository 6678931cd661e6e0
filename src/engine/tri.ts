/**
 * Three-valued (Kleene) logic. `unknown` means a fact the condition needs is missing; it survives
 * `not`, and only a definite answer on another branch can outweigh it. Unknown never becomes clear.
 */
export type Tri = 'true' | 'false' | 'unknown';

/** Kleene conjunction: false wins, then unknown. */
export function triAnd(values: Iterable<Tri>): Tri {
  let result: Tri = 'true';
  for (const value of values) {
    if (value === 'false') return 'false';
    if (value === 'unknown') result = 'unknown';
  }
  return result;
}

/** Kleene disjunction: true wins, then unknown. */
export function triOr(values: Iterable<Tri>): Tri {
  let result: Tri = 'false';
  for (const value of values) {
    if (value === 'true') return 'true';
    if (value === 'unknown') result = 'unknown';
  }
  return result;
}

/** Kleene negation: unknown stays unknown. */
export function triNot(value: Tri): Tri {
  return value === 'true' ? 'false' : value === 'false' ? 'true' : 'unknown';
}

/** A boolean as a definite truth value. */
export function triOf(value: boolean): Tri {
  return value ? 'true' : 'false';
}
