import { DECISIONS, type Policy, type Status } from '../schema/index.js';
import { POSSIBLE_MATCH } from './operators/listed-names.js';
import type { AssessmentContext, CompiledCriterion, Env, Fact, Finding, SourcedRecord } from './types.js';
import { applicableItems, basisFor, describeInapplicability, type ApplicableItem } from './applicability.js';
import { renderTemplate } from './template.js';
import { unknownEffect } from './unknowns.js';
import { Evidence, bindingsOf } from './evidence.js';

const STATUS_OF = { true: 'triggered', false: 'clear', unknown: 'unknown' } as const;

/**
 * `full` explains every finding; `compact` (for batches) explains only triggered and unknown ones, and
 * reports a clear or not-applicable criterion by a finding shared by every record (no explanation, no
 * evidence, the criterion's own basis).
 */
export type Detail = 'full' | 'compact';

/** What one record's evaluation shares across its criteria: the date, items filtered per applicability, one env. */
export interface RecordScope {
  readonly asOf: string;
  readonly items: Map<string, ApplicableItem[]>;
  /** Reused for every criterion of the record: only `items` changes between them. */
  readonly env: { -readonly [K in keyof Env]: Env[K] };
}

/** Evaluates one criterion for one record: applicability, the condition, the level, the explanation. */
export function evaluateCriterion(
  compiled: CompiledCriterion,
  input: SourcedRecord,
  context: AssessmentContext,
  policy: Policy,
  detail: Detail,
  scope: RecordScope,
): Finding {
  const { criterion } = compiled;
  const { record } = input;
  let items = scope.items.get(compiled.applicability.key);
  if (!items) {
    items = applicableItems(compiled.applicability, record);
    scope.items.set(compiled.applicability.key, items);
  }
  if (items.length === 0) {
    if (detail === 'compact') return sharedFinding(compiled, 'not-applicable');
    const reason = describeInapplicability(criterion.applies_to, compiled.applicability, record);
    const text = criterion.explain.not_applicable ?? `Not applicable: ${reason}.`;
    return findingOf(compiled, 'not-applicable', capitalise(renderTemplate(text, { reason }, record)), []);
  }
  const env = scope.env;
  env.items = items;
  // In compact mode a clear answer needs no evidence: decide first, and explain only what is printed.
  if (detail === 'compact' && compiled.evaluate(env) === 'false') return sharedFinding(compiled, 'clear');
  const result = new Evidence();
  const status: Status = STATUS_OF[compiled.evaluate(env, result)];
  const basis = basisFor(compiled.applicability, items, criterion.basis);
  const bindings = { ...bindingsOf(result), missing: result.missing, basis: basis.join(', ') };
  const explanation = status === 'clear' ? clearExplanation(compiled, env, bindings, record) : capitalise(renderTemplate(criterion.explain[status], bindings, record));
  const effect = status === 'unknown' ? unknownEffect(criterion, result.missing, policy) : undefined;
  // A possible list match is for the officer to resolve: never lower than the policy's screening level.
  const possible = status === 'unknown' ? result.missing.filter(line => line.startsWith(POSSIBLE_MATCH)) : [];
  const level = status === 'triggered' ? criterion.level : effect && possible.length ? possibleMatchLevel(policy, effect.level) : effect?.level;
  const others = result.missing.filter(line => !line.startsWith(POSSIBLE_MATCH));
  const task = possible.length
    ? possibleMatchTask(possible, others.length ? taskFor(compiled, status, others, { ...bindings, missing: others }, record) : undefined)
    : effect?.conditions.length || (effect && decidesApprove(policy, effect.level))
      ? undefined
      : taskFor(compiled, status, result.missing, bindings, record);
  const factors = status === 'triggered' ? presentFactors(compiled, env) : undefined;
  // Written out rather than spread from findingOf: a spread object is built key by key, slowly.
  return {
    criterion: criterion.id,
    title: criterion.title,
    basis,
    article: compiled.article,
    kind: criterion.kind,
    status,
    explanation,
    evidence: uniqueFacts(result.facts),
    level,
    missing: status === 'unknown' ? result.missing : undefined,
    task,
    conditions: effect?.conditions.length ? effect.conditions : status === 'triggered' && criterion.condition ? [criterion.condition] : undefined,
    factors: factors?.length ? factors : undefined,
  };
}

/** The risk factors present for this record (true, not merely possible): the sources mitigation must address. */
function presentFactors(compiled: CompiledCriterion, env: Env): string[] {
  return compiled.factors.filter(factor => factor.evaluate(env) === 'true').map(factor => factor.id);
}

const SHARED = new WeakMap<CompiledCriterion, Partial<Record<Status, Finding>>>();

/** The compact finding for a clear or not-applicable criterion: one frozen object per criterion. */
function sharedFinding(compiled: CompiledCriterion, status: 'clear' | 'not-applicable'): Finding {
  let cache = SHARED.get(compiled);
  if (!cache) SHARED.set(compiled, (cache = {}));
  return (cache[status] ??= Object.freeze(findingOf(compiled, status, '', [])));
}

/** The clear explanation that says which part held: the first of `clear_cases` whose condition holds. */
function clearExplanation(compiled: CompiledCriterion, env: Env, bindings: Readonly<Record<string, unknown>>, record: unknown): string {
  for (const entry of compiled.clearCases) {
    const sink = new Evidence();
    if (entry.evaluate(env, sink) === 'true') return capitalise(renderTemplate(entry.text, { ...bindings, ...bindingsOf(sink) }, record));
  }
  return capitalise(renderTemplate(compiled.criterion.explain.clear, bindings, record));
}

/** True when a level leads to approval: an unknown that cannot change the decision sets no task. */
function decidesApprove(policy: Policy, level: string): boolean {
  return policy.levels.find(l => l.id === level)?.decision === 'approve';
}

/** The level of a possible list match: the policy's `screening.possible_level`, unless the unknown is already worse. */
function possibleMatchLevel(policy: Policy, unknownLevel: string): string {
  const possibleLevel = policy.screening?.possible_level;
  if (possibleLevel === undefined) return unknownLevel;
  const rank = (level: string): number => {
    const decision = policy.levels.find(l => l.id === level)?.decision;
    return decision === undefined ? Infinity : DECISIONS.indexOf(decision);
  };
  return rank(possibleLevel) <= rank(unknownLevel) ? possibleLevel : unknownLevel;
}

/** The officer's task for possible matches, followed by the criterion's own task for any other missing fact. */
function possibleMatchTask(possible: readonly string[], otherTask: string | undefined): string {
  const lines = possible.map(line => line.slice(POSSIBLE_MATCH.length + 2));
  const what = possible.length === 1 ? 'a possible match' : `${possible.length} possible matches`;
  const task = `Resolve ${what} (${lines.join(' | ')}): record it as false-positive or true-match in a screening-decisions file and re-run.`;
  return otherTask ? `${task} ${otherTask}` : task;
}

/** A finding with no evidence beyond what is passed, used for not-applicable and gated results. */
export function findingOf(compiled: CompiledCriterion, status: Status, explanation: string, evidence: readonly Fact[]): Finding {
  const { criterion } = compiled;
  return {
    criterion: criterion.id,
    title: criterion.title,
    basis: criterion.basis,
    article: compiled.article,
    kind: criterion.kind,
    status,
    explanation,
    evidence,
  };
}

function taskFor(
  compiled: CompiledCriterion,
  status: Status,
  missing: readonly string[],
  bindings: Readonly<Record<string, unknown>>,
  record: unknown,
): string | undefined {
  const tasks = compiled.criterion.tasks;
  if (status === 'triggered' && tasks?.triggered) return renderTemplate(tasks.triggered, bindings, record);
  if (status !== 'unknown') return undefined;
  if (tasks?.unknown) return renderTemplate(tasks.unknown, bindings, record);
  return `Establish ${missing.join(', ') || 'the missing facts'} for ${compiled.criterion.basis.join(', ')}.`;
}

/** Drops repeated facts (the same fact from the same place), keeping the first. */
function uniqueFacts(facts: readonly Fact[]): Fact[] {
  const seen = new Set<string>();
  const out: Fact[] = [];
  for (const fact of facts) {
    const key = `${fact.fact}\u0000${fact.source}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(fact);
  }
  return out;
}

/** Templates may start with a bound value ("the Commission found …"); a file note starts with a capital. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
