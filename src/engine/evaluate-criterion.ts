import { DECISIONS, type Policy, type Status } from '../schema/index.js';
import { POSSIBLE_MATCH } from './operators/listed-names.js';
import type { AssessmentContext, CompiledCriterion, Fact, Finding, SourcedRecord } from './types.js';
import { applicableItems, describeInapplicability } from './applicability.js';
import { renderTemplate } from './template.js';

const STATUS_OF = { true: 'triggered', false: 'clear', unknown: 'unknown' } as const;

/** `full` explains every finding; `compact` (for batches) explains only triggered and unknown ones. */
export type Detail = 'full' | 'compact';

/** Evaluates one criterion for one record: applicability, the condition, the level, the explanation. */
export function evaluateCriterion(
  compiled: CompiledCriterion,
  input: SourcedRecord,
  context: AssessmentContext,
  policy: Policy,
  detail: Detail = 'full',
  itemsCache?: Map<string, ReturnType<typeof applicableItems>>,
): Finding {
  const { criterion } = compiled;
  const { record } = input;
  let items = itemsCache?.get(compiled.applicability.key);
  if (!items) {
    items = applicableItems(compiled.applicability, record);
    itemsCache?.set(compiled.applicability.key, items);
  }
  if (items.length === 0) {
    if (detail === 'compact') return findingOf(compiled, 'not-applicable', '', []);
    const reason = describeInapplicability(criterion.applies_to, record);
    const text = criterion.explain.not_applicable ?? `Not applicable: ${reason}.`;
    return findingOf(compiled, 'not-applicable', renderTemplate(text, { reason }, record), []);
  }
  const env = { record, origin: input.origin, context, items, screening: policy.screening };
  // In compact mode a clear answer needs no evidence: only triggered and unknown get the full trail.
  if (detail === 'compact' && compiled.test(env) === 'false') return findingOf(compiled, 'clear', '', []);
  const result = compiled.evaluate(env);
  const status: Status = STATUS_OF[result.value];
  const bindings = { ...result.bindings, missing: result.missing };
  const explanation = capitalise(renderTemplate(criterion.explain[status], bindings, record));
  const unknownLevel = criterion.unknown_level ?? policy.unknown_default;
  const possible = status === 'unknown' ? result.missing.filter(line => line.startsWith(POSSIBLE_MATCH)) : [];
  const level =
    status === 'triggered' ? criterion.level : status === 'unknown' ? (possible.length ? possibleMatchLevel(policy, unknownLevel) : unknownLevel) : undefined;
  const others = result.missing.filter(line => !line.startsWith(POSSIBLE_MATCH));
  const task = possible.length
    ? possibleMatchTask(possible, others.length ? taskFor(compiled, status, others, { ...bindings, missing: others }, record) : undefined)
    : taskFor(compiled, status, result.missing, bindings, record);
  return {
    ...findingOf(compiled, status, explanation, uniqueFacts(result.facts)),
    level,
    missing: status === 'unknown' ? result.missing : undefined,
    task,
  };
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

/**
 * A possible name match is a question for the officer, not a missing document: the policy's
 * `screening.possible_level` (a review) applies, unless the criterion's own unknown level is worse.
 */
function possibleMatchLevel(policy: Policy, unknownLevel: string): string {
  const possibleLevel = policy.screening?.possible_level;
  if (possibleLevel === undefined) return unknownLevel;
  const rank = (level: string): number => {
    const decision = policy.levels.find(l => l.id === level)?.decision;
    return decision === undefined ? Infinity : DECISIONS.indexOf(decision);
  };
  return rank(possibleLevel) <= rank(unknownLevel) ? possibleLevel : unknownLevel;
}

function possibleMatchTask(possible: readonly string[], otherTask: string | undefined): string {
  const lines = possible.map(line => line.slice(POSSIBLE_MATCH.length + 2));
  const what = possible.length === 1 ? 'a possible match' : `${possible.length} possible matches`;
  const task = `Resolve ${what} (${lines.join(' | ')}): record it as false-positive or true-match in a screening-decisions file and re-run.`;
  return otherTask ? `${task} ${otherTask}` : task;
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
