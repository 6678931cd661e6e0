/** One fact a condition used, with where it came from: a record position or a context entry. */
export interface Fact {
  readonly fact: string;
  readonly value: unknown;
  readonly source: string;
}

/**
 * Where a condition records what it used, when the caller wants to explain the answer. Operators
 * write here only when they are given one; without it they compute the truth value alone, and
 * junctions stop at the first answer that settles them. Missing facts are kept once each, and the
 * first value bound to a template name wins.
 */
export class Evidence {
  readonly facts: Fact[] = [];
  readonly missing: string[] = [];
  bindings: Record<string, unknown> | undefined;

  /** Records a fact the condition used. */
  fact(fact: Fact): void {
    this.facts.push(fact);
  }

  /** Records a fact the condition needed and did not have. */
  miss(name: string): void {
    if (!this.missing.includes(name)) this.missing.push(name);
  }

  /** Binds values for the explanation's template; a name bound earlier keeps its value. */
  bind(values: Readonly<Record<string, unknown>>): void {
    for (const key in values) {
      this.bindings ??= {};
      if (!(key in this.bindings)) this.bindings[key] = values[key];
    }
  }

  /** Takes over everything another sink recorded, after what this one has. */
  absorb(other: Evidence): void {
    for (const fact of other.facts) this.facts.push(fact);
    for (const name of other.missing) this.miss(name);
    if (other.bindings) this.bind(other.bindings);
  }
}

const NONE: Readonly<Record<string, unknown>> = Object.freeze({});

/** The template bindings a sink holds, or none. */
export function bindingsOf(sink: Evidence): Readonly<Record<string, unknown>> {
  return sink.bindings ?? NONE;
}
