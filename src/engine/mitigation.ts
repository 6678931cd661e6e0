import type { Criterion, Mitigator, Policy, TransferRecord } from '../schema/index.js';
import type { Finding } from './types.js';

/** A floor the policy sets for this record: mitigation may not lower a risk below `level`. */
export interface ActiveFloor {
  readonly id: string;
  readonly level: string;
  readonly description: string;
}

function measureOf(mitigator: Mitigator): string {
  return typeof mitigator === 'string' ? mitigator : mitigator.measure;
}

/** The risk factors a measure addresses; a plain measure name addresses every factor of the criterion. */
function addresses(mitigator: Mitigator, criterion: Criterion): readonly string[] {
  if (typeof mitigator !== 'string') return mitigator.addresses;
  return criterion.risk_factors?.map(factor => factor.id) ?? [];
}

/**
 * ATT 7(2) and 11(2): agreed measures that the criterion names lower a triggered risk by the policy's
 * number of steps down the risk scale, but never below the policy's floor. A measure counts only where
 * it addresses the source of the risk: when the criterion names risk factors, every factor present for
 * the record must be addressed by an agreed measure. A policy floor (`never_below`), such as a recent
 * unaddressed finding about the same actor in an ongoing conflict, keeps the risk at its level.
 * Proposed measures that are not yet agreed are named in the explanation and change nothing.
 */
export function applyMitigation(finding: Finding, criterion: Criterion, record: TransferRecord, policy: Policy, floors: readonly ActiveFloor[]): Finding {
  if (finding.status !== 'triggered' || finding.level === undefined) return finding;
  const scale = policy.risk_scale;
  const index = scale.indexOf(finding.level);
  if (index < 0) return finding;
  const mitigators = criterion.mitigated_by ?? [];
  const named = new Set(mitigators.map(measureOf));
  const relevant = (record.mitigations ?? []).filter(m => named.has(m.measure));
  const agreed = relevant.filter(m => m.agreed === true).map(m => m.measure);
  const proposed = relevant.filter(m => m.agreed !== true).map(m => m.measure);
  let residual = finding.level;
  let note = '';
  let counts = false;
  if (agreed.length > 0) {
    const unaddressed = unaddressedFactors(finding, criterion, agreed);
    const floor = floors.find(f => scale.indexOf(f.level) >= 0 && scale.indexOf(f.level) <= index);
    if (unaddressed.length) {
      note = ` Agreed mitigation (${agreed.join(', ')}) does not address the source of this risk: ${unaddressed.join('; ')}. It does not lower the risk.`;
    } else if (floor) {
      note = ` Agreed mitigation (${agreed.join(', ')}) cannot lower this risk: ${floor.description} (policy ${floor.id}).`;
    } else {
      counts = true;
      const bottom = Math.max(index, scale.indexOf(policy.mitigation.floor));
      residual = scale[Math.min(index + policy.mitigation.steps, bottom)] ?? finding.level;
      note =
        residual === finding.level
          ? ` Agreed mitigation (${agreed.join(', ')}) cannot lower this risk further under the policy.`
          : ` Agreed mitigation (${agreed.join(', ')}) lowers the risk from ${finding.level} to ${residual} (${finding.article === 'ATT 11' ? 'ATT 11(2)' : 'ATT 7(2)'}).`;
    }
  } else if (proposed.length > 0) {
    note = ` Proposed mitigation (${proposed.join(', ')}) is not yet agreed, so it does not lower the risk.`;
  } else if (mitigators.length) {
    note = ` No agreed mitigation addresses it; measures that would count: ${[...named].join(', ')}.`;
  }
  return {
    ...finding,
    residual_level: residual,
    mitigations: counts ? agreed : undefined,
    explanation: finding.explanation + note,
  };
}

/** The present risk factors (described) that no agreed measure addresses. */
function unaddressedFactors(finding: Finding, criterion: Criterion, agreed: readonly string[]): string[] {
  const present = finding.factors ?? [];
  if (present.length === 0) return [];
  const covered = new Set<string>();
  for (const mitigator of criterion.mitigated_by ?? []) {
    if (agreed.includes(measureOf(mitigator))) for (const factor of addresses(mitigator, criterion)) covered.add(factor);
  }
  return present
    .filter(id => !covered.has(id))
    .map(id => criterion.risk_factors?.find(factor => factor.id === id)?.description ?? id);
}
