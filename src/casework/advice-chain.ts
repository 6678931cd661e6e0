import type { Decision, TransferRecord } from '../schema/index.js';
import { digestOf } from './canonical.js';
import type { AdviceStatement, Countersignature, CountersigningPolicy, Statement } from '../schema/index.js';

/** The decision an advice type stands for, in the contract's vocabulary. */
export const ADVICE_DECISION: Readonly<Record<AdviceStatement['advice'], Decision>> = {
  approve: 'approve',
  'approve-with-provisos': 'approve-with-conditions',
  refuse: 'refuse',
  'no-licence-required': 'out-of-scope',
};

/** The sha256 a countersignature names: the digest of the advice statement's canonical JSON. */
export function adviceDigest(advice: AdviceStatement): string {
  return digestOf(advice);
}

/** A countersignature as the chain shows it: counted, or why not. */
export interface ChainSignature {
  readonly officer: string;
  readonly date: string;
  readonly agrees: boolean;
  readonly status: 'valid' | 'void-advice-changed' | 'void-self' | 'void-duplicate' | 'void-superseded' | 'disagrees';
}

/** The advice and countersigning chain of one record, and whether it is complete. */
export interface AdviceChain {
  readonly record: string;
  readonly advice?: { readonly officer: string; readonly date: string; readonly advice: string; readonly decision: Decision; readonly provisos?: readonly string[]; readonly reason: string; readonly sha256: string } | undefined;
  readonly earlier_advice: number;
  readonly countersignatures: readonly ChainSignature[];
  readonly required: number;
  readonly rules: readonly string[];
  readonly complete: boolean;
  readonly problems: readonly string[];
}

/** Statements of a record, in file order. */
export function statementsFor(statements: readonly Statement[], record: string): Statement[] {
  return statements.filter(statement => statement.record === record);
}

/**
 * The countersignatures the policy asks of this advice: the most any matching rule asks. A rule
 * matches when all its conditions hold (the advice given, atra's recommendation, an item flag).
 */
export function requiredCountersignatures(policy: CountersigningPolicy | undefined, advice: AdviceStatement, recommendation: Decision | undefined, record: TransferRecord | undefined): { required: number; rules: string[] } {
  const rules = (policy?.rules ?? []).filter(rule => {
    if (rule.advice && !rule.advice.includes(advice.advice)) return false;
    if (rule.recommendation && (recommendation === undefined || !rule.recommendation.includes(recommendation))) return false;
    if (rule.item_flags && !(record?.items ?? []).some(item => (item.flags ?? []).some(flag => rule.item_flags?.includes(flag)))) return false;
    return true;
  });
  return { required: Math.max(0, ...rules.map(rule => rule.required)), rules: rules.map(rule => rule.id) };
}

/**
 * Works out a record's chain: the latest advice counts; a countersignature counts when it names that
 * advice's sha256, agrees, is by an officer other than the adviser, and is that officer's first for
 * it. Advice to approve a prohibited application can never complete the chain (ATT 6).
 */
export function adviceChain(record: string, statements: readonly Statement[], policy: CountersigningPolicy | undefined, recommendation?: Decision, transfer?: TransferRecord): AdviceChain {
  const own = statementsFor(statements, record);
  const advices = own.filter((s): s is AdviceStatement => s.kind === 'advice');
  const latest = advices.at(-1);
  const earlier = new Set(advices.slice(0, -1).map(adviceDigest));
  const problems: string[] = [];
  if (!latest) return { record, earlier_advice: 0, countersignatures: [], required: 0, rules: [], complete: false, problems: ['no advice has been given'] };
  const sha256 = adviceDigest(latest);
  const signers = new Set<string>();
  const countersignatures = own
    .filter((s): s is Countersignature => s.kind === 'countersignature')
    .map((c): ChainSignature => {
      const status = signatureStatus(c, latest, sha256, earlier, signers);
      if (status === 'valid') signers.add(c.officer);
      return { officer: c.officer, date: c.date, agrees: c.agrees, status };
    });
  const { required, rules } = requiredCountersignatures(policy, latest, recommendation, transfer);
  const valid = countersignatures.filter(c => c.status === 'valid').length;
  if (valid < required) problems.push(`${required} countersignature${required === 1 ? '' : 's'} required (${rules.join(', ')}), ${valid} valid`);
  const decision = ADVICE_DECISION[latest.advice];
  if (recommendation === 'prohibited' && decision !== 'refuse') problems.push('the application is prohibited (ATT 6): only refusal can be advised');
  for (const c of countersignatures) if (c.status === 'disagrees') problems.push(`${c.officer} does not agree with the advice`);
  return {
    record,
    advice: { officer: latest.officer, date: latest.date, advice: latest.advice, decision, ...(latest.provisos ? { provisos: latest.provisos } : {}), reason: latest.reason, sha256 },
    earlier_advice: advices.length - 1,
    countersignatures,
    required,
    rules,
    complete: problems.length === 0,
    problems,
  };
}

function signatureStatus(c: Countersignature, advice: AdviceStatement, sha256: string, earlier: ReadonlySet<string>, signers: ReadonlySet<string>): ChainSignature['status'] {
  if (c.advice_sha256 !== sha256) return earlier.has(c.advice_sha256) ? 'void-superseded' : 'void-advice-changed';
  if (sameOfficer(c.officer, advice.officer)) return 'void-self';
  if (signers.has(c.officer)) return 'void-duplicate';
  return c.agrees ? 'valid' : 'disagrees';
}

/** Officer names compare without case or extra spaces: "J. Smith" and "j.  smith" are one person. */
export function sameOfficer(a: string, b: string): boolean {
  const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

/** One line per chain for text reports. */
export function describeChain(chain: AdviceChain): string[] {
  if (!chain.advice) return ['Advice: none given yet'];
  const a = chain.advice;
  const out = [`Advice: ${a.advice} (${a.decision}) by ${a.officer} on ${a.date}: ${a.reason}  [sha256 ${a.sha256.slice(0, 12)}]`];
  for (const p of a.provisos ?? []) out.push(`  proviso: ${p}`);
  if (chain.earlier_advice) out.push(`  superseding ${chain.earlier_advice} earlier advice statement${chain.earlier_advice === 1 ? '' : 's'}`);
  for (const c of chain.countersignatures) out.push(`  countersigned by ${c.officer} on ${c.date}: ${c.status}`);
  out.push(chain.complete ? `  Chain complete (${chain.required} countersignature${chain.required === 1 ? '' : 's'} required)` : `  Chain INCOMPLETE: ${chain.problems.join('; ')}`);
  return out;
}
