import type { Condition, RecordList } from '../schema/index.js';
import type { Env, Evaluator, Outcome } from './types.js';
import { combine, outcome } from './outcome.js';
import { triAnd, triNot, triOr, type Tri } from './tri.js';
import { compileFieldTest } from './operators/field.js';
import { compileEmbargoTest } from './operators/embargo.js';
import { compileFindingTest } from './operators/finding.js';
import { compileDocumentTest, compilePartyTo, compileProfileTest } from './operators/state-facts.js';

/**
 * Compiles a condition tree into one closure, once per criteria set, so that evaluating a record is
 * plain function calls. Every branch is evaluated (no short-circuit), so the evidence has no holes.
 */
export function compileCondition(condition: Condition, inElement = false): Evaluator {
  if ('all' in condition) return junction(condition.all.map(c => compileCondition(c, inElement)), triAnd);
  if ('any' in condition) return junction(condition.any.map(c => compileCondition(c, inElement)), triOr);
  if ('not' in condition) {
    const inner = compileCondition(condition.not, inElement);
    return env => {
      const result = inner(env);
      return { ...result, value: triNot(result.value) };
    };
  }
  if ('some' in condition) return quantifier(condition.some, compileCondition(condition.where, true), triOr);
  if ('every' in condition) return quantifier(condition.every, compileCondition(condition.where, true), triAnd);
  if ('field' in condition) return compileFieldTest(condition, inElement);
  if ('embargo' in condition) return compileEmbargoTest(condition);
  if ('finding' in condition) return compileFindingTest(condition);
  if ('party_to' in condition) return compilePartyTo(condition);
  if ('profile' in condition) return compileProfileTest(condition);
  return compileDocumentTest(condition);
}

function junction(children: readonly Evaluator[], join: (values: Iterable<Tri>) => Tri): Evaluator {
  return env => {
    const results = children.map(child => child(env));
    return combine(join(results.map(r => r.value)), results);
  };
}

/**
 * `some`/`every` over a list of the record. `items` ranges over the items the criterion applies to;
 * a list the record does not state at all is unknown, while an empty list is a definite answer.
 */
function quantifier(list: RecordList, where: Evaluator, join: typeof triAnd): Evaluator {
  return (env: Env) => {
    const elements = elementsOf(env, list);
    if (elements === undefined) {
      return outcome('unknown', [{ fact: list, value: '(not stated)', source: `${env.origin.file}:${env.origin.line}` }], [list]);
    }
    const results: Outcome[] = elements.map(element => where({ ...env, element }));
    const value = join(results.map(r => r.value));
    if (results.length === 0) {
      return outcome(value, [{ fact: list, value: '(none)', source: `${env.origin.file}:${env.origin.line}` }]);
    }
    return combine(value, results.filter(r => r.value === value));
  };
}

function elementsOf(env: Env, list: RecordList): { value: unknown; path: string }[] | undefined {
  if (list === 'items') return env.items.map(item => ({ value: item.value, path: `items[${item.index}]` }));
  const values = env.record[list] as readonly unknown[] | undefined;
  return values?.map((value, index) => ({ value, path: `${list}[${index}]` }));
}
