import { DECISIONS, type Decision } from '../schema/index.js';
import type { Fact, Finding, RecordResult } from '../engine/index.js';

/** What the officer can do about an issued licence whose decision got worse (ATT 7(7); UK change-in-circumstances practice). */
export type LicenceAction = 'consult-importing-state' | 'suspend' | 'revoke' | 'amend';

/** A licence that needs the officer's attention, and why. */
export interface ReassessedLicence {
  readonly id: string;
  readonly source: string;
  readonly licence: { readonly status: string; readonly date: string; readonly reference?: string | undefined };
  readonly before: Decision;
  readonly after: Decision;
  readonly as_of: string;
  /** The findings that got worse, with the facts that made them. */
  readonly causes: readonly { readonly criterion: string; readonly basis: readonly string[]; readonly before: string; readonly after: string; readonly explanation: string; readonly evidence: readonly Fact[] }[];
  readonly actions: readonly LicenceAction[];
}

/** True when `after` is worse than `before` in the contract's worst-first order. */
export function isWorse(before: Decision, after: Decision): boolean {
  return DECISIONS.indexOf(after) < DECISIONS.indexOf(before);
}

const STATUS_RANK: Readonly<Record<Finding['status'], number>> = { triggered: 0, unknown: 1, clear: 2, 'not-applicable': 3 };

/**
 * The actions open to the officer, by the new decision. ATT 7(7) asks a State Party that obtains new
 * relevant information after authorizing to reassess, and it "may" consult the importing State, so
 * consultation comes first for every worsening; a prohibition leaves only revocation or suspension.
 */
export function actionsFor(after: Decision): LicenceAction[] {
  switch (after) {
    case 'prohibited':
      return ['suspend', 'revoke'];
    case 'refuse':
      return ['consult-importing-state', 'suspend', 'revoke', 'amend'];
    case 'review':
    case 'incomplete':
      return ['consult-importing-state', 'suspend', 'amend'];
    case 'approve-with-conditions':
      return ['consult-importing-state', 'amend'];
    case 'approve':
    case 'out-of-scope':
      return [];
  }
}

/** Compares a licence's result at issue with its result now; undefined when it did not get worse. */
export function compareLicence(licence: ReassessedLicence['licence'], before: RecordResult, after: RecordResult): ReassessedLicence | undefined {
  if (!isWorse(before.decision, after.decision)) return undefined;
  const old = new Map(before.findings.map(f => [f.criterion, f]));
  const causes = after.findings
    .filter(f => {
      const was = old.get(f.criterion);
      return f.status !== 'not-applicable' && (!was || STATUS_RANK[f.status] < STATUS_RANK[was.status] || (f.status === 'triggered' && was.status === 'triggered' && f.level !== was.level));
    })
    .filter(f => after.decided_by.includes(f.criterion) || f.status === 'triggered')
    .map(f => ({ criterion: f.criterion, basis: f.basis, before: old.get(f.criterion)?.status ?? 'absent', after: f.status, explanation: f.explanation, evidence: f.evidence }));
  return { id: after.id, source: after.source, licence, before: before.decision, after: after.decision, as_of: after.as_of, causes, actions: actionsFor(after.decision) };
}
