import type { Condition } from '../../schema/index.js';
import type { Evaluator } from '../types.js';
import { allOf, anyOf, notOf, quantifier } from './junctions.js';
import { compileFieldTest } from './field.js';
import { compileEmbargoTest } from './embargo.js';
import { compileFindingTest } from './finding.js';
import { compileDocumentTest, compilePartyTo, compileProfileTest } from './state-facts.js';

/** What an operator's compiler gets: whether it sits inside `some`/`every`, and a way to compile children. */
export interface CompileScope {
  readonly inElement: boolean;
  compile(condition: Condition, inElement: boolean): Evaluator;
}

type Branch<K extends string> = Extract<Condition, Record<K, unknown>>;

/**
 * Every operator, by the key that names it in a condition. A new operator is a branch of the
 * condition schema, a file under operators/, and one line here.
 */
export const OPERATORS: { readonly [K in string]: (condition: never, scope: CompileScope) => Evaluator } = {
  all: (c: Branch<'all'>, s: CompileScope) => allOf(c.all.map(child => s.compile(child, s.inElement))),
  any: (c: Branch<'any'>, s: CompileScope) => anyOf(c.any.map(child => s.compile(child, s.inElement))),
  not: (c: Branch<'not'>, s: CompileScope) => notOf(s.compile(c.not, s.inElement)),
  some: (c: Branch<'some'>, s: CompileScope) => quantifier(c.some, s.compile(c.where, true), 'true'),
  every: (c: Branch<'every'>, s: CompileScope) => quantifier(c.every, s.compile(c.where, true), 'false'),
  field: (c: Branch<'field'>, s: CompileScope) => compileFieldTest(c, s.inElement),
  embargo: (c: Branch<'embargo'>) => compileEmbargoTest(c),
  finding: (c: Branch<'finding'>) => compileFindingTest(c),
  party_to: (c: Branch<'party_to'>) => compilePartyTo(c),
  profile: (c: Branch<'profile'>) => compileProfileTest(c),
  document: (c: Branch<'document'>) => compileDocumentTest(c),
};
