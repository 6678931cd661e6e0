import type { Condition } from '../schema/index.js';
import type { Evaluator } from './types.js';
import { OPERATORS, type CompileScope } from './operators/registry.js';

/**
 * Compiles a condition tree into one closure, once per criteria set, so that evaluating a record is
 * plain function calls. The same closure decides (no sink: junctions short-circuit) and explains
 * (with a sink: every branch is evaluated, so the evidence has no holes).
 */
export function compileCondition(condition: Condition, inElement = false): Evaluator {
  const scope: CompileScope = { inElement, compile: compileCondition };
  for (const key in condition) {
    if (Object.hasOwn(OPERATORS, key)) return (OPERATORS[key] as (typeof OPERATORS)[string])(condition as never, scope);
  }
  // The schema admits only the operators above; a condition that reaches here was not validated.
  throw new TypeError(`unknown condition operator: ${Object.keys(condition).join(', ')}`);
}
