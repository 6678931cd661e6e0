// What a finding's explanation needs, collected only for the criteria that are printed (triggered or
// unknown): the facts used, the facts missing (once each) and the values its template names.

/** Three-valued truth: 0 false, 1 true, 2 unknown (a fact the test needs is missing). */
export type T = 0 | 1 | 2;
export const F = 0;
export const TR = 1;
export const U = 2;

/** A fact cited as evidence; `source` is the record's own line unless it comes from the context. */
export interface Fact { fact: string; value: unknown; source: string }

/** Facts, missing facts and template values of one criterion for one record. */
export class Ev {
  facts: Fact[] = [];
  missing: string[] = [];
  bound: Record<string, unknown> = {};
  constructor(readonly line: string) {}
  /** A fact read from the record (its own line is its source). */
  rec(path: string, value: unknown): void {
    this.facts.push({ fact: path, value: value === undefined ? '(not stated)' : value, source: this.line });
  }
  miss(name: string): void {
    if (!this.missing.includes(name)) this.missing.push(name);
  }
  /** The first value bound to a name wins, as in a template's first mention. */
  bind(key: string, value: unknown): void {
    if (!(key in this.bound)) this.bound[key] = value;
  }
  absorb(other: Ev): void {
    for (const fact of other.facts) this.facts.push(fact);
    for (const name of other.missing) this.miss(name);
    for (const key in other.bound) this.bind(key, other.bound[key]);
  }
}

/** Kleene and/or over two values. */
export const and2 = (a: T, b: T): T => (a === F || b === F ? F : a === U || b === U ? U : TR);
export const or2 = (a: T, b: T): T => (a === TR || b === TR ? TR : a === U || b === U ? U : F);
export const not = (a: T): T => (a === U ? U : a === TR ? F : TR);
