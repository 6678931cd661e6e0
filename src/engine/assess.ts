import type { AssessmentContext, CompiledCriteria, Finding, RecordResult, SourcedRecord } from './types.js';
import type { Item } from '../schema/index.js';
import { evaluateCriterion, findingOf, type Detail } from './evaluate-criterion.js';
import { applyMitigation } from './mitigation.js';
import { mitigationFinding, overridingFinding } from './derived.js';
import { decide } from './decide.js';
import { originSource } from './fields.js';

/**
 * Assesses one record against compiled criteria and a context. Pure and synchronous: the same inputs
 * always give the same result, and nothing here reads a clock, a file or the environment.
 *
 * Gate criteria (ATT 2(1)/3/4 coverage, 2(3) own use) are evaluated first; when one triggers, the
 * others are reported as not applicable rather than silently dropped.
 */
export function assessRecord(compiled: CompiledCriteria, input: SourcedRecord, context: AssessmentContext, detail: Detail = 'full'): RecordResult {
  const { policy } = compiled;
  const gates = new Set(policy.levels.filter(level => level.gate).map(level => level.id));
  const gateCriteria = compiled.criteria.filter(c => gates.has(c.criterion.level));
  const otherCriteria = compiled.criteria.filter(c => !gates.has(c.criterion.level));
  const items = new Map<string, { value: Item; index: number }[]>();
  const gateFindings = gateCriteria.map(c => evaluateCriterion(c, input, context, policy, detail, items));
  const gate = gateFindings.find(f => f.status === 'triggered');
  let findings: Finding[];
  if (gate) {
    const note = `Not assessed: the application is outside the scope of these criteria (${gate.basis.join(', ')}: ${gate.title}).`;
    findings = [...gateFindings, ...otherCriteria.map(c => findingOf(c, 'not-applicable', note, []))];
  } else {
    const assessed = otherCriteria.map(c => applyMitigation(evaluateCriterion(c, input, context, policy, detail, items), c.criterion, input.record, policy));
    findings = [...gateFindings, ...assessed];
    findings.push(mitigationFinding(assessed, policy, detail), overridingFinding(assessed, policy, detail));
  }
  // A triggered gate decides alone: out-of-scope sits after approve in the contract's order.
  const { decision, decidedBy } = gate ? decide([gate], policy) : decide(findings, policy);
  const tasks = [...new Set(findings.flatMap(f => (f.task ? [f.task] : [])))];
  return { id: input.record.id, source: originSource(input.origin), decision, decided_by: decidedBy, findings, tasks };
}
