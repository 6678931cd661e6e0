import type { ContextFinding, FindingTest } from '../../schema/index.js';
import type { ContextState, Env, Evaluator, Fact } from '../types.js';
import { partyProfile, profileFact } from '../parties.js';
import { recordFact } from '../fields.js';
import { triAnd, triOf, type Tri } from '../tri.js';
import { yearsBefore } from '../dates.js';

/**
 * "A finding of kind K, about the end user's type, in the last N years, not addressed." A finding
 * with no `actor_type` concerns the state's forces in general and matches any end user; one dated after
 * the record's date is ignored, because the assessment is made as of that date.
 */
export function compileFindingTest(test: FindingTest): Evaluator {
  const spec = test.finding;
  const role = spec.state ?? 'end_user';
  const kinds = new Set<string>(spec.kinds);
  const unaddressed = spec.unaddressed ?? true;
  const aboutEndUser = spec.about_end_user_type ?? role === 'end_user';
  const sameActor = spec.same_actor === true;
  return (env: Env, sink) => {
    const found = partyProfile(env, role, sink);
    if (found === undefined) return 'unknown';
    const { party, state } = found;
    const findings = state.profile.findings;
    if (!findings) {
      if (sink) {
        sink.fact(profileFact(state, 'findings', undefined));
        sink.miss(`${party.code}.findings`);
      }
      return 'unknown';
    }
    const since = spec.within_years === undefined ? undefined : yearsBefore(env.asOf, spec.within_years);
    const endUserType = env.record.end_user?.type;
    const endUserName = env.record.end_user?.name;
    let result: Tri = 'false';
    const missing: string[] | undefined = sink ? [] : undefined;
    let first: ContextFinding | undefined;
    for (let index = 0; index < findings.length; index++) {
      const finding = findings[index] as ContextFinding;
      if (!kinds.has(finding.kind) || finding.date > env.asOf) continue;
      if (since !== undefined && finding.date < since) continue;
      const actor = aboutEndUser ? actorMatch(finding, endUserType) : 'true';
      const open = unaddressed ? openMatch(finding) : 'true';
      const same = sameActor ? sameActorMatch(finding, endUserName) : 'true';
      const value = triAnd([actor, open, same]);
      if (value === 'false') continue;
      if (value === 'true') {
        first ??= finding;
        result = 'true';
      } else if (result === 'false') result = 'unknown';
      if (!sink || !missing) {
        if (result === 'true') return result;
        continue;
      }
      if (same === 'unknown') missing.push('end_user.name');
      if (actor === 'unknown') missing.push('end_user.type');
      if (open === 'unknown') missing.push(`${party.code}.findings[${index}].addressed`);
      sink.fact(findingFact(state, index, finding));
    }
    if (sink && missing) {
      if (aboutEndUser) sink.fact(recordFact(env.origin, 'end_user.type', endUserType));
      if (result === 'unknown') for (const name of missing) sink.miss(name);
      sink.bind({ finding: first ? describe(first) : undefined, state: { code: party.code, name: state.profile.name ?? party.code } });
    }
    return result;
  };
}

/**
 * With `same_actor`, only a finding naming the end user itself counts. Names compare without case or
 * punctuation; an unstated end-user name leaves the match open (unknown), never a silent "no".
 */
function sameActorMatch(finding: ContextFinding, endUserName: string | undefined): Tri {
  if (finding.actor === undefined) return 'false';
  if (endUserName === undefined) return 'unknown';
  return triOf(simplify(finding.actor) === simplify(endUserName));
}

function simplify(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function actorMatch(finding: ContextFinding, endUserType: string | undefined): Tri {
  if (finding.actor_type === undefined) return 'true';
  if (endUserType === undefined || endUserType === 'unknown') return 'unknown';
  return finding.actor_type === endUserType ? 'true' : 'false';
}

function openMatch(finding: ContextFinding): Tri {
  if (finding.addressed === undefined) return 'unknown';
  return finding.addressed ? 'false' : 'true';
}

function findingFact(state: ContextState, index: number, finding: ContextFinding): Fact {
  const addressed = finding.addressed === undefined ? 'addressed: not stated' : finding.addressed ? 'addressed' : 'not addressed';
  const about = finding.actor ?? finding.actor_type ?? 'state forces in general';
  const body = finding.body ? ` by ${finding.body}` : '';
  return {
    fact: `${state.code}.findings[${index}]`,
    value: `${finding.kind} finding${body} of ${finding.date} about ${about}; ${addressed}`,
    source: state.findingOrigins[index] ?? state.origin,
  };
}

function describe(finding: ContextFinding): Record<string, unknown> {
  return {
    kind: finding.kind,
    date: finding.date,
    body: finding.body ?? 'a competent body',
    actor: finding.actor ?? finding.actor_type ?? 'state forces in general',
    summary: finding.summary ?? '',
    source: finding.source ?? '',
  };
}
