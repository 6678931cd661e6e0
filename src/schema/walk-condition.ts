import type { Condition } from './condition.js';
import type { RecordList } from './vocab.js';

/** A condition that is not a junction or quantifier: a field, embargo, finding, party_to, profile or document test. */
export type LeafCondition = Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown } | { some: unknown } | { every: unknown }>;

/**
 * Visits every leaf test of a condition tree with its path (`['when', 'all', 0]`) and the list it
 * ranges over inside `some`/`every`. Lint and compile both check conditions through this one walker,
 * so a new junction is taught to both at once.
 */
export function walkCondition(
  condition: Condition,
  path: readonly (string | number)[],
  visit: (leaf: LeafCondition, path: readonly (string | number)[], list: RecordList | undefined) => void,
  list?: RecordList,
): void {
  if ('all' in condition) return condition.all.forEach((c, i) => walkCondition(c, [...path, 'all', i], visit, list));
  if ('any' in condition) return condition.any.forEach((c, i) => walkCondition(c, [...path, 'any', i], visit, list));
  if ('not' in condition) return walkCondition(condition.not, [...path, 'not'], visit, list);
  if ('some' in condition) return walkCondition(condition.where, [...path, 'where'], visit, condition.some);
  if ('every' in condition) return walkCondition(condition.where, [...path, 'where'], visit, condition.every);
  visit(condition, path, list);
}
