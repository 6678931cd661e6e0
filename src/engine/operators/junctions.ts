import type { RecordList } from '../../schema/index.js';
import type { Env, Evaluator } from '../types.js';
import { Evidence } from '../evidence.js';
import { originSource } from '../fields.js';
import type { Tri } from '../tri.js';

/**
 * `all`: Kleene conjunction. Without a sink it stops at the first false child; with one, every child
 * is evaluated so that the evidence has no holes.
 */
export function allOf(children: readonly Evaluator[]): Evaluator {
  return (env, sink) => {
    let result: Tri = 'true';
    for (const child of children) {
      const value = child(env, sink);
      if (value === 'false') {
        if (!sink) return 'false';
        result = 'false';
      } else if (value === 'unknown' && result === 'true') result = 'unknown';
    }
    return result;
  };
}

/** `any`: Kleene disjunction, stopping at the first true child when nothing is being explained. */
export function anyOf(children: readonly Evaluator[]): Evaluator {
  return (env, sink) => {
    let result: Tri = 'false';
    for (const child of children) {
      const value = child(env, sink);
      if (value === 'true') {
        if (!sink) return 'true';
        result = 'true';
      } else if (value === 'unknown' && result === 'false') result = 'unknown';
    }
    return result;
  };
}

/** `not`: Kleene negation; the evidence is the child's. */
export function notOf(child: Evaluator): Evaluator {
  return (env, sink) => {
    const value = child(env, sink);
    return value === 'true' ? 'false' : value === 'false' ? 'true' : 'unknown';
  };
}

/**
 * `some`/`every` over a list of the record. `items` ranges over the items the criterion applies to;
 * a list the record does not state at all is unknown, while an empty list is a definite answer.
 * `decisive` is the element answer that settles the quantifier (true for `some`, false for `every`).
 * Only the elements whose answer equals the quantifier's explain it.
 */
export function quantifier(list: RecordList, where: Evaluator, decisive: 'true' | 'false'): Evaluator {
  const settled: Tri = decisive;
  const otherwise: Tri = decisive === 'true' ? 'false' : 'true';
  return (env: Env, sink) => {
    const outer = env.element;
    const length = lengthOf(env, list);
    if (length === undefined) {
      if (sink) {
        sink.fact({ fact: list, value: '(not stated)', source: originSource(env.origin) });
        sink.miss(list);
      }
      return 'unknown';
    }
    const elements: { value: Tri; evidence: Evidence }[] | undefined = sink ? [] : undefined;
    let result: Tri = otherwise;
    const scratch = env as { element?: Env['element'] };
    try {
      for (let index = 0; index < length; index++) {
        scratch.element = elementAt(env, list, index);
        const evidence = elements ? new Evidence() : undefined;
        const value = where(env, evidence);
        if (value === settled) {
          result = settled;
          if (!elements) return result;
        } else if (value === 'unknown' && result === otherwise) result = 'unknown';
        if (elements && evidence) elements.push({ value, evidence });
      }
    } finally {
      scratch.element = outer;
    }
    if (sink && elements) {
      if (length === 0) sink.fact({ fact: list, value: '(none)', source: originSource(env.origin) });
      for (const element of elements) if (element.value === result) sink.absorb(element.evidence);
    }
    return result;
  };
}

function lengthOf(env: Env, list: RecordList): number | undefined {
  if (list === 'items') return env.items.length;
  return (env.record[list] as readonly unknown[] | undefined)?.length;
}

function elementAt(env: Env, list: RecordList, index: number): NonNullable<Env['element']> {
  if (list === 'items') {
    const item = env.items[index] as Env['items'][number];
    return { value: item.value, list, index: item.index };
  }
  return { value: (env.record[list] as readonly unknown[])[index], list, index };
}
