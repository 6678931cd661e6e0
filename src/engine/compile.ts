import {
  ELEMENT_FIELD_PATHS,
  RECORD_FIELD_PATHS,
  articleOf,
  type Condition,
  type Criterion,
  type Policy,
  walkCondition,
} from '../schema/index.js';
import { closest, type DiagnosticCode } from '../diagnostics/index.js';
import type { CompiledCriteria, CompiledCriterion } from './types.js';
import { compileCondition } from './compile-condition.js';
import { compileApplicability } from './applicability.js';

/** A criteria set as loaded: its policy and its criteria, each with the file it came from. */
export interface CriteriaBundle {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly policy: Policy;
  readonly policyFile: string;
  readonly criteria: readonly { readonly criterion: Criterion; readonly file: string }[];
  readonly disabled: readonly { readonly id: string; readonly reason: string }[];
  /** Built-in context folders the set needs by default (`un`, `eu`), its own and those of what it extends. */
  readonly contexts?: readonly string[] | undefined;
}

/** A semantic problem in a criteria set, located by file and path; the loader adds line and column. */
export interface CompileProblem {
  readonly file: string;
  readonly path: readonly (string | number)[];
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly hint?: string | undefined;
}

/**
 * Checks a criteria set against its policy and the record schema, then compiles every condition.
 * Returns problems instead of throwing, so an author sees them all at once; `compiled` is absent when
 * any problem is found, because a half-checked set must never assess a record.
 */
export function compileCriteria(bundle: CriteriaBundle): { compiled?: CompiledCriteria; problems: CompileProblem[] } {
  const problems = [...checkPolicy(bundle.policy, bundle.policyFile), ...checkCriteria(bundle)];
  if (problems.length) return { problems };
  const criteria: CompiledCriterion[] = bundle.criteria.map(({ criterion, file }) => ({
    criterion,
    file,
    applicability: compileApplicability(criterion.applies_to),
    evaluate: compileCondition(criterion.when),
    factors: (criterion.risk_factors ?? []).map(factor => ({ id: factor.id, description: factor.description, evaluate: compileCondition(factor.when) })),
    clearCases: (criterion.explain.clear_cases ?? []).map(entry => ({ text: entry.text, evaluate: compileCondition(entry.when) })),
    article: articleOf(criterion.basis[0] ?? ''),
  }));
  const { id, version, title, policy, policyFile, disabled } = bundle;
  const floors = (policy.mitigation.never_below ?? []).map(floor => ({ id: floor.id, level: floor.level, description: floor.description, evaluate: compileCondition(floor.when) }));
  return { compiled: { id, version, title, policy, policyFile, criteria, disabled, floors }, problems };
}

function checkPolicy(policy: Policy, file: string): CompileProblem[] {
  const ids = policy.levels.map(level => level.id);
  const problems: CompileProblem[] = [];
  const unknownLevel = (path: (string | number)[], level: string): void => {
    if (ids.includes(level)) return;
    const guess = closest(level, ids);
    problems.push({
      file,
      path,
      code: 'policy-unmapped',
      message: `level "${level}" is not defined in levels`,
      hint: guess ? `did you mean "${guess}"?` : `define it under levels, or use one of ${ids.join(', ')}`,
    });
  };
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) problems.push({ file, path: ['levels', index, 'id'], code: 'duplicate-id', message: `level "${id}" is defined twice` });
  });
  policy.risk_scale.forEach((level, index) => unknownLevel(['risk_scale', index], level));
  unknownLevel(['unknown_default'], policy.unknown_default);
  policy.levels.forEach((level, index) => (level.yields_to ?? []).forEach((other, j) => unknownLevel(['levels', index, 'yields_to', j], other)));
  if (policy.unknowns) for (const key of ['applicant', 'officer', 'condition'] as const) unknownLevel(['unknowns', key], policy.unknowns[key]);
  (policy.mitigation.never_below ?? []).forEach((floor, index) => {
    unknownLevel(['mitigation', 'never_below', index, 'level'], floor.level);
    // A floor reads the record like a criterion does: a misspelt field would keep it from ever holding.
    problems.push(...checkFields(floor.when, ['mitigation', 'never_below', index, 'when'], file));
  });
  unknownLevel(['overriding', 'level'], policy.overriding.level);
  if (policy.screening?.possible_level !== undefined) unknownLevel(['screening', 'possible_level'], policy.screening.possible_level);
  for (const [path, level] of [[['mitigation', 'floor'], policy.mitigation.floor], [['overriding', 'at_or_above'], policy.overriding.at_or_above]] as const) {
    if (!policy.risk_scale.includes(level)) {
      problems.push({ file, path: [...path], code: 'policy-unmapped', message: `"${level}" is not on the risk scale`, hint: `use one of ${policy.risk_scale.join(', ')}` });
    }
  }
  return problems;
}

function checkCriteria(bundle: CriteriaBundle): CompileProblem[] {
  const levels = bundle.policy.levels.map(level => level.id);
  const seen = new Map<string, string>();
  const problems: CompileProblem[] = [];
  for (const { criterion, file } of bundle.criteria) {
    const first = seen.get(criterion.id);
    if (first !== undefined) {
      problems.push({ file, path: ['id'], code: 'duplicate-id', message: `criterion id "${criterion.id}" is already used in ${first}`, hint: 'give each criterion its own id' });
    }
    seen.set(criterion.id, file);
    for (const key of ['level', 'unknown_level'] as const) {
      const level = criterion[key];
      if (level === undefined || levels.includes(level)) continue;
      const guess = closest(level, levels);
      problems.push({ file, path: [key], code: 'unknown-level', message: `level "${level}" is not defined by policy ${bundle.policy.id}`, hint: guess ? `did you mean "${guess}"?` : `use one of ${levels.join(', ')}` });
    }
    problems.push(...checkFields(criterion.when, ['when'], file));
    (criterion.risk_factors ?? []).forEach((factor, i) => problems.push(...checkFields(factor.when, ['risk_factors', i, 'when'], file)));
    (criterion.explain.clear_cases ?? []).forEach((entry, i) => problems.push(...checkFields(entry.when, ['explain', 'clear_cases', i, 'when'], file)));
    problems.push(...checkMitigators(criterion, file), ...checkConditionPaths(criterion, file));
  }
  return problems;
}

/** A measure may only claim to address risk factors the criterion defines. */
function checkMitigators(criterion: Criterion, file: string): CompileProblem[] {
  const factors = (criterion.risk_factors ?? []).map(factor => factor.id);
  const problems: CompileProblem[] = [];
  (criterion.mitigated_by ?? []).forEach((mitigator, index) => {
    if (typeof mitigator === 'string') return;
    mitigator.addresses.forEach((factor, j) => {
      if (factors.includes(factor)) return;
      const guess = closest(factor, factors);
      problems.push({
        file,
        path: ['mitigated_by', index, 'addresses', j],
        code: 'unknown-risk-factor',
        message: `"${factor}" is not a risk factor of ${criterion.id}`,
        hint: guess ? `did you mean "${guess}"?` : factors.length ? `use one of ${factors.join(', ')}` : 'define it under risk_factors',
      });
    });
  });
  return problems;
}

/** `licence_conditions` keys are record paths (a field, or a whole list such as `transit`). */
function checkConditionPaths(criterion: Criterion, file: string): CompileProblem[] {
  return Object.keys(criterion.licence_conditions ?? {}).flatMap(path => {
    if (RECORD_FIELD_PATHS.includes(path)) return [];
    const guess = closest(path, RECORD_FIELD_PATHS);
    return [{ file, path: ['licence_conditions', path], code: 'unknown-field', message: `"${path}" is not a field of a transfer record`, hint: guess ? `did you mean "${guess}"?` : 'use a record field path such as transit or brokers' }];
  });
}

/** Every `field` must name a field of the record schema (or of the list element inside `some`/`every`). */
function checkFields(condition: Condition, path: (string | number)[], file: string): CompileProblem[] {
  const problems: CompileProblem[] = [];
  walkCondition(condition, path, (leaf, at, list) => {
    if (!('field' in leaf)) return;
    const known = list ? ELEMENT_FIELD_PATHS[list] : RECORD_FIELD_PATHS;
    if (known.includes(leaf.field)) return;
    const guess = closest(leaf.field, known);
    const where = list ? `an element of ${list}` : 'a transfer record';
    problems.push({
      file,
      path: [...at, 'field'],
      code: 'unknown-field',
      message: `"${leaf.field}" is not a field of ${where}`,
      hint: guess ? `did you mean "${guess}"?` : `use one of ${known.join(', ')}`,
    });
  });
  return problems;
}
