import type { AssessmentContext, CompiledCriteria, CompiledCriterion, Env, Finding, RecordResult, SourcedRecord } from './types.js';
import { evaluateCriterion, findingOf, type Detail, type RecordScope } from './evaluate-criterion.js';
import { applyMitigation, type ActiveFloor } from './mitigation.js';
import { mitigationFinding, overridingFinding } from './derived.js';
import { decide } from './decide.js';
import { originSource } from './fields.js';

/** How to assess: the level of detail, and the date to assess as of (default: the record's date). */
export interface AssessOptions {
  readonly detail?: Detail | undefined;
  /** ATT 7(7) re-assessment, or 6(3) knowledge at the time of authorization: a date other than the record's. */
  readonly asOf?: string | undefined;
}

/**
 * Assesses one record against compiled criteria and a context. Pure and synchronous: the same inputs
 * always give the same result, and nothing here reads a clock, a file or the environment.
 *
 * Gate criteria (ATT 2(1)/3/4 coverage, 2(3) own use) are evaluated first; when one triggers, the
 * others are reported as not applicable rather than silently dropped, except those that survive gates
 * (binding Security Council measures apply to own-use movements too: UN Charter Arts 25 and 103).
 */
export function assessRecord(compiled: CompiledCriteria, input: SourcedRecord, context: AssessmentContext, options: AssessOptions = {}): RecordResult {
  const { policy } = compiled;
  const detail = options.detail ?? 'full';
  const asOf = options.asOf ?? input.record.date;
  const env = { record: input.record, origin: input.origin, context, asOf, items: NO_ITEMS, element: undefined, screening: policy.screening };
  const scope: RecordScope = { asOf, items: new Map(), env };
  const { gateCriteria, otherCriteria } = partition(compiled);
  const gateFindings = gateCriteria.map(c => evaluateCriterion(c, input, context, policy, detail, scope));
  // Every scope gate that triggered, in the order of their ids: the note the other criteria carry
  // must not depend on the order in which the criteria files were read.
  const gates = gateFindings.filter(f => f.status === 'triggered').sort((a, b) => (a.criterion < b.criterion ? -1 : a.criterion > b.criterion ? 1 : 0));
  let findings: Finding[];
  let deciding: Finding[];
  if (gates.length) {
    const note = `Not assessed: the application is outside the scope of these criteria (${gates.map(gate => `${gate.basis.join(', ')}: ${gate.title}`).join('; ')}).`;
    const survivors = otherCriteria.map(c => (c.criterion.survives_gates ? evaluateCriterion(c, input, context, policy, detail, scope) : findingOf(c, 'not-applicable', note, [])));
    findings = [...gateFindings, ...survivors];
    // A triggered gate decides, unless a surviving criterion calls for worse: out-of-scope sits last.
    deciding = [...gates, ...survivors.filter((_, i) => otherCriteria[i]?.criterion.survives_gates)];
  } else {
    const floors = activeFloors(compiled, scope);
    const assessed = otherCriteria.map(c => applyMitigation(evaluateCriterion(c, input, context, policy, detail, scope), c.criterion, input.record, policy, floors));
    findings = [...gateFindings, ...assessed];
    findings.push(mitigationFinding(assessed, policy, detail), overridingFinding(assessed, policy, detail));
    deciding = findings;
  }
  const { decision, decidedBy } = decide(deciding, policy);
  const tasks: string[] = [];
  const conditions: string[] = [];
  for (const finding of findings) {
    if (finding.task && !tasks.includes(finding.task)) tasks.push(finding.task);
    for (const condition of finding.conditions ?? []) if (!conditions.includes(condition)) conditions.push(condition);
  }
  for (const finding of findings) for (const measure of agreedMeasures(finding)) if (!conditions.includes(measure)) conditions.push(measure);
  return {
    id: input.record.id,
    source: originSource(input.origin),
    decision,
    decided_by: decidedBy,
    findings,
    tasks,
    conditions,
    as_of: scope.asOf,
  };
}

/** Agreed mitigation that lowered a risk is a condition of the licence (ATT 7(2), 11(2)). */
function agreedMeasures(finding: Finding): string[] {
  if (finding.status !== 'triggered' || !finding.mitigations?.length) return [];
  return [`Agreed measures, as conditions of the licence (${finding.basis.join(', ')}): ${finding.mitigations.join(', ')}.`];
}

const NO_ITEMS: Env['items'] = Object.freeze([]);

interface Partition {
  readonly gateCriteria: readonly CompiledCriterion[];
  readonly otherCriteria: readonly CompiledCriterion[];
}

const PARTITIONS = new WeakMap<CompiledCriteria, Partition>();

/** The gate criteria and the others, split once per compiled set rather than once per record. */
function partition(compiled: CompiledCriteria): Partition {
  let split = PARTITIONS.get(compiled);
  if (!split) {
    const gates = new Set(compiled.policy.levels.filter(level => level.gate).map(level => level.id));
    split = {
      gateCriteria: compiled.criteria.filter(c => gates.has(c.criterion.level)),
      otherCriteria: compiled.criteria.filter(c => !gates.has(c.criterion.level)),
    };
    PARTITIONS.set(compiled, split);
  }
  return split;
}

/** The policy's `never_below` situations that hold for this record (every item counts). */
function activeFloors(compiled: CompiledCriteria, scope: RecordScope): ActiveFloor[] {
  if (compiled.floors.length === 0) return [];
  const { env } = scope;
  env.items = env.record.items.map((value, index) => ({ value, index, scope: 0 }));
  return compiled.floors.filter(floor => floor.evaluate(env) === 'true');
}
