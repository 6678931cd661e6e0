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
  const { decisionOf, yields } = levelMaps(policy);
  const present = yields.size ? new Set(findings.map(effectiveLevel)) : EMPTY;
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

const EMPTY: ReadonlySet<string | undefined> = new Set();

/** A policy's level→decision and level→yields_to maps. */
export interface LevelMaps {
  readonly decisionOf: ReadonlyMap<string, Decision>;
  readonly yields: ReadonlyMap<string, readonly string[]>;
}

const MAPS = new WeakMap<Policy, LevelMaps>();

/** The policy's level maps, built once per policy rather than once per record. */
export function levelMaps(policy: Policy): LevelMaps {
  let maps = MAPS.get(policy);
  if (!maps) {
    maps = {
      decisionOf: new Map(policy.levels.map(level => [level.id, level.decision])),
      yields: new Map(policy.levels.flatMap(level => (level.yields_to ? [[level.id, level.yields_to] as const] : []))),
    };
    MAPS.set(policy, maps);
  }
  return maps;
}
