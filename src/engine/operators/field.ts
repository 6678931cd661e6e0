import type { FieldTest, Scalar } from '../../schema/index.js';
import type { Env, Evaluator } from '../types.js';
import { readPath, recordFact, splitPath } from '../fields.js';
import { triOf, type Tri } from '../tri.js';
import { yearsBefore } from '../dates.js';

/** Compiles a field test; inside `some`/`every` the path is relative to the list element. */
export function compileFieldTest(test: FieldTest, inElement: boolean): Evaluator {
  const segments = splitPath(test.field);
  const compare = comparator(test);
  const present = test.present;
  return (env: Env, sink) => {
    const value = readPath(inElement ? env.element?.value : env.record, segments);
    const result: Tri = present !== undefined ? triOf((value !== undefined) === present) : value === undefined ? 'unknown' : compare(value, env.asOf);
    if (sink) {
      const path = inElement && env.element ? `${env.element.list}[${env.element.index}].${test.field}` : test.field;
      sink.fact(recordFact(env.origin, path, value));
      if (present === undefined && value === undefined) sink.miss(path);
    }
    return result;
  };
}

function comparator(test: FieldTest): (value: unknown, asOf: string) => Tri {
  if (test.within_years !== undefined) {
    const years = test.within_years;
    return (value, asOf) => triOf(typeof value === 'string' && value <= asOf && value >= yearsBefore(asOf, years));
  }
  if (test.equals !== undefined) {
    const expected = test.equals;
    return value => triOf(value === expected);
  }
  if (test.in !== undefined) {
    const set = new Set<unknown>(test.in);
    return value => triOf(set.has(value));
  }
  if (test.not_in !== undefined) {
    const set = new Set<unknown>(test.not_in);
    return value => triOf(!set.has(value));
  }
  if (test.contains !== undefined) {
    const needle: Scalar = test.contains;
    return value => triOf(Array.isArray(value) && value.includes(needle));
  }
  if (test.at_least !== undefined) {
    const bound = test.at_least;
    return value => triOf(typeof value === 'number' && value >= bound);
  }
  if (test.at_most !== undefined) {
    const bound = test.at_most;
    return value => triOf(typeof value === 'number' && value <= bound);
  }
  // The schema guarantees one comparator; `present` is handled by the caller.
  return () => 'unknown';
}
