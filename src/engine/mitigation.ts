import type { Criterion, Policy, TransferRecord } from '../schema/index.js';
import type { Finding } from './types.js';

/**
 * ATT 7(2) and 11(2): agreed measures that the criterion names lower a triggered risk by the
 * policy's number of steps down the risk scale, but never below the policy's floor. Proposed
 * measures that are not yet agreed are named in the explanation and change nothing.
 */
export function applyMitigation(finding: Finding, criterion: Criterion, record: TransferRecord, policy: Policy): Finding {
  if (finding.status !== 'triggered' || finding.level === undefined) return finding;
  const scale = policy.risk_scale;
  const index = scale.indexOf(finding.level);
  if (index < 0) return finding;
  const relevant = (record.mitigations ?? []).filter(m => criterion.mitigated_by?.includes(m.measure));
  const agreed = relevant.filter(m => m.agreed === true).map(m => m.measure);
  const proposed = relevant.filter(m => m.agreed !== true).map(m => m.measure);
  let residual = finding.level;
  let note = '';
  if (agreed.length > 0) {
    const floor = Math.max(index, scale.indexOf(policy.mitigation.floor));
    residual = scale[Math.min(index + policy.mitigation.steps, floor)] ?? finding.level;
    note =
      residual === finding.level
        ? ` Agreed mitigation (${agreed.join(', ')}) cannot lower this risk further under the policy.`
        : ` Agreed mitigation (${agreed.join(', ')}) lowers the risk from ${finding.level} to ${residual} (${policy.mitigation.basis.join(', ')}).`;
  } else if (proposed.length > 0) {
    note = ` Proposed mitigation (${proposed.join(', ')}) is not yet agreed, so it does not lower the risk.`;
  } else if (criterion.mitigated_by?.length) {
    note = ` No agreed mitigation addresses it; measures that would count: ${criterion.mitigated_by.join(', ')}.`;
  }
  return {
    ...finding,
    residual_level: residual,
    mitigations: agreed.length ? agreed : undefined,
    explanation: finding.explanation + note,
  };
}
