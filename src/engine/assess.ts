import type { AssessmentContext, CompiledCriteria, Env, Finding, RecordResult, SourcedRecord } from './types.js';
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
  const scope: RecordScope = { asOf: options.asOf ?? input.record.date, items: new Map() };
  const gates = gateLevels(compiled);
  const gateCriteria = compiled.criteria.filter(c => gates.has(c.criterion.level));
  const otherCriteria = compiled.criteria.filter(c => !gates.has(c.criterion.level));
  const gateFindings = gateCriteria.map(c => evaluateCriterion(c, input, context, policy, detail, scope));
  const gate = gateFindings.find(f => f.status === 'triggered');
  let findings: Finding[];
  let deciding: Finding[];
  if (gate) {
    const note = `Not assessed: the application is outside the scope of these criteria (${gate.basis.join(', ')}: ${gate.title}).`;
    const survivors = otherCriteria.map(c => (c.criterion.survives_gates ? evaluateCriterion(c, input, context, policy, detail, scope) : findingOf(c, 'not-applicable', note, [])));
    findings = [...gateFindings, ...survivors];
    // A triggered gate decides, unless a surviving criterion calls for worse: out-of-scope sits last.
    deciding = [gate, ...survivors.filter((_, i) => otherCriteria[i]?.criterion.survives_gates)];
  } else {
    const floors = activeFloors(compiled, input, context, scope.asOf);
    const assessed = otherCriteria.map(c => applyMitigation(evaluateCriterion(c, input, context, policy, detail, scope), c.criterion, input.record, policy, floors));
    findings = [...gateFindings, ...assessed];
    findings.push(mitigationFinding(assessed, policy, detail), overridingFinding(assessed, policy, detail));
    deciding = findings;
  }
  const { decision, decidedBy } = decide(deciding, policy);
  const tasks = [...new Set(findings.flatMap(f => (f.task ? [f.task] : [])))];
  const conditions = [...new Set([...findings.flatMap(f => f.conditions ?? []), ...findings.flatMap(agreedMeasures)])];
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

const GATES = new WeakMap<CompiledCriteria, ReadonlySet<string>>();

/** The gate levels of the policy, worked out once per compiled set. */
function gateLevels(compiled: CompiledCriteria): ReadonlySet<string> {
  let gates = GATES.get(compiled);
  if (!gates) GATES.set(compiled, (gates = new Set(compiled.policy.levels.filter(level => level.gate).map(level => level.id))));
  return gates;
}

/** The policy's `never_below` situations that hold for this record. */
function activeFloors(compiled: CompiledCriteria, input: SourcedRecord, context: AssessmentContext, asOf: string): ActiveFloor[] {
  if (compiled.floors.length === 0) return [];
  const items = input.record.items.map((value, index) => ({ value, index, scope: 0 }));
  const env: Env = { record: input.record, origin: input.origin, context, items, asOf };
  return compiled.floors.filter(floor => floor.evaluate(env).value === 'true');
}
