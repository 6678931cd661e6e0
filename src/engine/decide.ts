import { DECISIONS, type Decision, type Policy } from '../schema/index.js';
import type { Finding } from './types.js';

const RANK = new Map<Decision, number>(DECISIONS.map((decision, index) => [decision, index]));

/** The level a finding contributes: its residual level when triggered, its unknown effect when unknown. */
export function effectiveLevel(finding: Finding): string | undefined {
  if (finding.status === 'triggered') return finding.residual_level ?? finding.level;
  if (finding.status === 'unknown') return finding.level;
  return undefined;
}

/**
 * The decision policy, applied: each finding's level maps to a decision through the policy, and the
 * worst decision in the contract's order wins, except that a level yields to the levels it names in
 * `yields_to` when one of them is present. With no level at all, the record is approved.
 */
export function decide(findings: readonly Finding[], policy: Policy): { decision: Decision; decidedBy: string[] } {
  const decisionOf = new Map(policy.levels.map(level => [level.id, level.decision]));
  const yields = new Map(policy.levels.flatMap(level => (level.yields_to ? [[level.id, level.yields_to] as const] : [])));
  const present = new Set(findings.map(effectiveLevel));
  let decision: Decision = 'approve';
  let decidedBy: string[] = [];
  for (const finding of findings) {
    const level = effectiveLevel(finding);
    if (level !== undefined && yields.get(level)?.some(other => present.has(other))) continue;
    const mapped = level === undefined ? undefined : decisionOf.get(level);
    if (mapped === undefined || mapped === 'approve') continue;
    const rank = RANK.get(mapped) ?? Infinity;
    const current = decidedBy.length ? (RANK.get(decision) ?? Infinity) : Infinity;
    if (rank < current) {
      decision = mapped;
      decidedBy = [finding.criterion];
    } else if (rank === current) {
      decidedBy.push(finding.criterion);
    }
  }
  return { decision, decidedBy };
}
