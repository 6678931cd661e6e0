import type { Fact, Outcome } from './types.js';
import type { Tri } from './tri.js';

const NONE: Readonly<Record<string, unknown>> = Object.freeze({});

/** Builds an outcome; bindings default to none. */
export function outcome(
  value: Tri,
  facts: readonly Fact[],
  missing: readonly string[] = [],
  bindings: Readonly<Record<string, unknown>> = NONE,
): Outcome {
  return { value, facts, missing, bindings };
}

/** Combines child outcomes under a parent's truth value: facts and missing facts are kept, first binding wins. */
export function combine(value: Tri, children: readonly Outcome[]): Outcome {
  if (children.length === 1 && children[0]) return { ...children[0], value };
  const facts: Fact[] = [];
  const missing: string[] = [];
  let bindings: Record<string, unknown> | undefined;
  for (const child of children) {
    facts.push(...child.facts);
    for (const name of child.missing) if (!missing.includes(name)) missing.push(name);
    for (const [key, bound] of Object.entries(child.bindings)) {
      bindings ??= {};
      if (!(key in bindings)) bindings[key] = bound;
    }
  }
  return { value, facts, missing, bindings: bindings ?? NONE };
}
