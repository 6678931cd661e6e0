import { EMBARGO_ROLES, type Embargo, type EmbargoTest } from '../../schema/index.js';
import type { AssessmentContext, ContextEmbargo, Env, Evaluator, Fact } from '../types.js';
import { Evidence } from '../evidence.js';
import { recordFact } from '../fields.js';
import { triAnd, triOf, triOr, type Tri } from '../tri.js';
import { authorizationExemption, exemption } from './embargo-exemptions.js';
import { scopeMatch, targetMatch, type Destination } from './embargo-scope.js';

/** Every fact naming the exemption a clear embargo check relied on starts with this: reports show it even when clear. */
export const EXEMPTION_FACT = 'exemption from';

/**
 * "An embargo in force on the assessment date covers this transfer" (contract §2): the date lies in
 * [from, until]; for `to`, the importer, end user or a transit state is the target, the end user is not
 * exempt and, for `listed` scope, a party is listed; for `from`, the exporting state is the target
 * (procurement bans); and an item's category is covered. An authority with no embargo data loaded at
 * all is unknown, never clear: no data is not "no embargo".
 */
export function compileEmbargoTest(test: EmbargoTest): Evaluator {
  const authorities = test.embargo.authority;
  const roles = test.embargo.parties ?? [...EMBARGO_ROLES];
  return (env: Env, sink) => {
    const destinations = destinationsOf(env, roles);
    let value: Tri = 'false';
    const entries: { value: Tri; evidence: Evidence }[] | undefined = sink ? [] : undefined;
    // A clear answer still shows each party's best screening candidate below the thresholds.
    const screened: Fact[] | undefined = sink ? [] : undefined;
    for (const entry of env.context.embargoes) {
      if (authorities && !authorities.includes(entry.embargo.authority)) continue;
      const force = inForce(entry.embargo, env.asOf);
      if (force === 'false') continue;
      const evidence = entries ? new Evidence() : undefined;
      const result = embargoApplies(env, entry, destinations, force, evidence);
      if (result === 'false') {
        if (screened && evidence) for (const fact of evidence.facts) if (fact.fact.startsWith('screening') || fact.fact.startsWith(EXEMPTION_FACT)) screened.push(fact);
        continue;
      }
      if (result === 'true') value = 'true';
      else if (value === 'false') value = 'unknown';
      if (!entries || !evidence) {
        if (value === 'true') return value;
        continue;
      }
      entries.push({ value: result, evidence });
    }
    const uncovered = uncoveredAuthorities(env.context, authorities);
    if (uncovered.length) {
      if (value === 'false') value = 'unknown';
      if (entries) {
        const evidence = new Evidence();
        evidence.fact({ fact: 'embargo data', value: `none loaded for ${uncovered.join(', ')}`, source: 'context' });
        evidence.miss(`${uncovered.join(' and ')} embargo data (no embargo file covering it is loaded)`);
        entries.push({ value: 'unknown', evidence });
      }
    }
    if (sink && entries) {
      for (const d of destinations) sink.fact(recordFact(env.origin, d.path, d.code));
      if (value === 'false' && screened) for (const fact of screened) sink.fact(fact);
      // Only the entries that gave the answer explain it: a clear embargo says nothing about a triggered one.
      for (const entry of entries) if (entry.value === value) sink.absorb(entry.evidence);
    }
    return value;
  };
}

/** The authorities asked about that no loaded embargo file covers. */
function uncoveredAuthorities(context: AssessmentContext, authorities: readonly string[] | undefined): string[] {
  const covered = context.embargoCoverage ?? new Set(context.embargoes.map(e => e.embargo.authority));
  if (!authorities) return covered.size === 0 ? ['any authority'] : [];
  return authorities.filter(authority => !covered.has(authority));
}

function destinationsOf(env: Env, roles: readonly string[]): Destination[] {
  const out: Destination[] = [];
  if (roles.includes('importer')) out.push({ code: env.record.importer?.state, path: 'importer.state' });
  if (roles.includes('end_user')) out.push({ code: env.record.end_user?.state, path: 'end_user.state' });
  if (roles.includes('transit')) {
    env.record.transit?.forEach((leg, index) => out.push({ code: leg.state, path: `transit[${index}].state` }));
  }
  return out;
}

/**
 * Whether the embargo is in force on `date` (ISO dates compare correctly as strings). After `until`,
 * the embargo has lapsed only if it is known to have ended (`ended`) or someone checked after that date; otherwise a renewal may simply not
 * be in the data yet, and the answer is unknown rather than a silent clear.
 */
function inForce(embargo: Embargo, date: string): Tri {
  if (date < embargo.from) return 'false';
  if (embargo.until === null || date <= embargo.until) return 'true';
  if (embargo.ended === true) return 'false';
  return embargo.checked_on !== undefined && embargo.checked_on > embargo.until ? 'false' : 'unknown';
}

function embargoApplies(env: Env, entry: ContextEmbargo, destinations: readonly Destination[], force: Tri, sink: Evidence | undefined): Tri {
  const { embargo } = entry;
  const missing: string[] | undefined = sink ? [] : undefined;
  sink?.fact({
    fact: `embargo ${embargo.id}`,
    value: `${embargo.basis}; target ${embargo.target}; scope ${embargo.scope}; ${embargo.directions.join(' and ')}; ${embargo.from} to ${embargo.until ?? 'open-ended'}`,
    source: entry.origin,
  });
  if (force === 'unknown') missing?.push(`whether ${embargo.id} was renewed after ${embargo.until ?? ''}`);
  const category = triOf(embargo.categories === 'all' || env.items.some(i => embargo.categories.includes(i.value.category)));
  if (category === 'false' && !sink) return 'false';
  const to = embargo.directions.includes('to') ? supplyCovered(env, entry, destinations, missing, sink) : 'false';
  const from = embargo.directions.includes('from') ? procurementCovered(env, embargo, missing, sink) : 'false';
  const value = triAnd([force, category, triOr([to, from])]);
  if (sink && missing) {
    if (value === 'unknown') for (const name of missing) sink.miss(name);
    sink.bind({
      embargo: {
        id: embargo.id,
        title: embargo.title ?? embargo.id,
        basis: embargo.basis,
        target: embargo.target,
        authority: embargo.authority,
        scope: embargo.scope,
        direction: from === 'true' && to !== 'true' ? 'procurement from the target' : 'supply to the target',
      },
    });
  }
  return value;
}

/**
 * `to`: a destination is the target, the end user is not exempt, and the scope reaches the end user.
 * Names are screened only against lists whose target this transfer reaches.
 */
function supplyCovered(env: Env, entry: ContextEmbargo, destinations: readonly Destination[], missing: string[] | undefined, sink: Evidence | undefined): Tri {
  const { embargo } = entry;
  const target = targetMatch(embargo, destinations, missing);
  if (target === 'false') return 'false';
  const endUserType = env.record.end_user?.type;
  const byType = exemption(embargo, endUserType, missing);
  const byAuthorization = authorizationExemption(env, embargo, missing, sink);
  // An embargo that reaches the destination but exempts this transfer is not "no embargo": the
  // evidence names the embargo and the exemption relied on, for the officer to check its terms.
  if (sink && target === 'true' && (byType === 'false' || byAuthorization === 'false')) {
    const how = byType === 'false' ? `${endUserType ?? ''} end users are exempt` : 'the transfer is authorized by a body the embargo names';
    sink.fact({ fact: `${EXEMPTION_FACT} ${embargo.id}`, value: `${how} (${embargo.basis}${embargo.exemptions?.length ? `; ${embargo.exemptions.join('; ')}` : ''})`, source: entry.origin });
  }
  return triAnd([target, byType, byAuthorization, scopeMatch(env, entry, destinations, endUserType, missing, sink)]);
}

/** `from`: procurement bans (e.g. UNSCR 1718 para 8(b)) reach a transfer whose exporting state is the target. */
function procurementCovered(env: Env, embargo: Embargo, missing: string[] | undefined, sink: Evidence | undefined): Tri {
  const origin = env.record.exporter?.state;
  sink?.fact(recordFact(env.origin, 'exporter.state', origin));
  if (embargo.target === 'any') return 'false';
  if (origin === undefined) {
    missing?.push('exporter.state');
    return 'unknown';
  }
  return triOf(origin === embargo.target);
}
