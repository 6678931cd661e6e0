import { EMBARGO_ROLES, GOVERNMENT_END_USER_TYPES, type Embargo, type EmbargoTest } from '../../schema/index.js';
import type { AssessmentContext, ContextEmbargo, Env, Evaluator, Fact, Outcome } from '../types.js';
import { recordFact } from '../fields.js';
import { combine, outcome } from '../outcome.js';
import { triAnd, triOf, triOr, type Tri } from '../tri.js';
import { matchListed } from './listed-names.js';

const GOVERNMENT = new Set<string>(GOVERNMENT_END_USER_TYPES);

interface Destination {
  readonly code: string | undefined;
  readonly path: string;
}

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
  return (env: Env) => {
    const destinations = destinationsOf(env, roles);
    const results: Outcome[] = [];
    const screened: Fact[] = [];
    for (const entry of env.context.embargoes) {
      if (authorities && !authorities.includes(entry.embargo.authority)) continue;
      const force = inForce(entry.embargo, env.asOf);
      if (force === 'false') continue;
      const result = embargoApplies(env, entry, destinations, force);
      if (result.value !== 'false') results.push(result);
      else screened.push(...result.facts.filter(fact => fact.fact.startsWith('screening')));
    }
    const uncovered = uncoveredAuthorities(env.context, authorities);
    if (uncovered.length) {
      results.push(outcome('unknown', [{ fact: 'embargo data', value: `none loaded for ${uncovered.join(', ')}`, source: 'context' }], [`${uncovered.join(' and ')} embargo data (no embargo file covering it is loaded)`]));
    }
    const value = triOr(results.map(r => r.value));
    const destinationFacts = destinations.map(d => recordFact(env.origin, d.path, d.code));
    const relevant = results.filter(r => r.value === value);
    // A clear answer still shows each party's best screening candidate below the thresholds.
    return combine(value, [outcome(value, value === 'false' ? [...destinationFacts, ...screened] : destinationFacts), ...relevant]);
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

function embargoApplies(env: Env, entry: ContextEmbargo, destinations: readonly Destination[], force: Tri): Outcome {
  const { embargo } = entry;
  const missing: string[] = [];
  const facts: Fact[] = [
    {
      fact: `embargo ${embargo.id}`,
      value: `${embargo.basis}; target ${embargo.target}; scope ${embargo.scope}; ${embargo.directions.join(' and ')}; ${embargo.from} to ${embargo.until ?? 'open-ended'}`,
      source: entry.origin,
    },
  ];
  if (force === 'unknown') missing.push(`whether ${embargo.id} was renewed after ${embargo.until ?? ''}`);
  const category = triOf(embargo.categories === 'all' || env.items.some(i => embargo.categories.includes(i.value.category)));
  const to = embargo.directions.includes('to') ? supplyCovered(env, entry, destinations, missing, facts) : 'false';
  const from = embargo.directions.includes('from') ? procurementCovered(env, embargo, missing, facts) : 'false';
  const value = triAnd([force, category, triOr([to, from])]);
  const bindings = {
    embargo: {
      id: embargo.id,
      title: embargo.title ?? embargo.id,
      basis: embargo.basis,
      target: embargo.target,
      authority: embargo.authority,
      scope: embargo.scope,
      direction: from === 'true' && to !== 'true' ? 'procurement from the target' : 'supply to the target',
    },
  };
  return outcome(value, facts, value === 'unknown' ? missing : [], bindings);
}

/**
 * `to`: a destination is the target, the end user is not exempt, and the scope reaches the end user.
 * Names are screened only against lists whose target this transfer reaches.
 */
function supplyCovered(env: Env, entry: ContextEmbargo, destinations: readonly Destination[], missing: string[], facts: Fact[]): Tri {
  const { embargo } = entry;
  const target = targetMatch(embargo, destinations, missing);
  if (target === 'false') return 'false';
  const endUserType = env.record.end_user?.type;
  return triAnd([
    target,
    exemption(embargo, endUserType, missing),
    authorizationExemption(env, embargo, missing, facts),
    scopeMatch(env, entry, destinations, endUserType, missing, facts),
  ]);
}

/** `from`: procurement bans (e.g. UNSCR 1718 para 8(b)) reach a transfer whose exporting state is the target. */
function procurementCovered(env: Env, embargo: Embargo, missing: string[], facts: Fact[]): Tri {
  const origin = env.record.exporter?.state;
  facts.push(recordFact(env.origin, 'exporter.state', origin));
  if (embargo.target === 'any') return 'false';
  if (origin === undefined) {
    missing.push('exporter.state');
    return 'unknown';
  }
  return triOf(origin === embargo.target);
}

function targetMatch(embargo: Embargo, destinations: readonly Destination[], missing: string[]): Tri {
  if (embargo.target === 'any') return 'true';
  if (destinations.some(d => d.code === embargo.target)) {
    if (embargo.region === undefined) return 'true';
    missing.push(`whether the items are for use in ${embargo.region}`);
    return 'unknown';
  }
  const unstated = destinations.filter(d => d.code === undefined);
  missing.push(...unstated.map(d => d.path));
  return unstated.length ? 'unknown' : 'false';
}

function exemption(embargo: Embargo, endUserType: string | undefined, missing: string[]): Tri {
  const review = embargo.review_end_user_types ?? [];
  if (embargo.exempt_end_user_types.length === 0 && review.length === 0) return 'true';
  if (endUserType === undefined || endUserType === 'unknown') {
    missing.push('end_user.type');
    return 'unknown';
  }
  if (review.includes(endUserType as never)) {
    // Exempt only through a committee's approval or a notification, which the officer must check.
    missing.push(`whether the ${embargo.id} exemption procedure for ${endUserType} end users was followed${embargo.exemptions?.length ? ` (${embargo.exemptions.join('; ')})` : ''}`);
    return 'unknown';
  }
  return triOf(!embargo.exempt_end_user_types.includes(endUserType as never));
}

/**
 * `exempt_if_authorized_by`: exempt when the record shows an authorization by one of the named bodies
 * (UNSCR 1701 para 15). Not stated is unknown: the applicant can supply the authorization.
 */
function authorizationExemption(env: Env, embargo: Embargo, missing: string[], facts: Fact[]): Tri {
  const bodies = embargo.exempt_if_authorized_by;
  if (!bodies) return 'true';
  const authorizations = env.record.authorizations;
  facts.push(recordFact(env.origin, 'authorizations', authorizations?.map(a => a.by).join('; ') ?? authorizations));
  if (authorizations === undefined) {
    missing.push(`authorizations (by ${bodies.join(' or ')})`);
    return 'unknown';
  }
  // An armed group is never within such an exemption (e.g. the militias of UNSCR 1559 in Lebanon).
  if (env.record.end_user?.type === 'non-state-armed-group') return 'true';
  const wanted = new Set(bodies.map(simplify));
  if (authorizations.some(a => wanted.has(simplify(a.by)))) return 'false';
  if (authorizations.length === 0) return 'true';
  // An authorization by another body may or may not be one given for the named bodies: the officer checks.
  missing.push(`whether the authorization by ${authorizations.map(a => a.by).join(', ')} is one by ${bodies.join(' or ')}`);
  return 'unknown';
}

function simplify(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function scopeMatch(env: Env, entry: ContextEmbargo, destinations: readonly Destination[], endUserType: string | undefined, missing: string[], facts: Fact[]): Tri {
  const { embargo } = entry;
  switch (embargo.scope) {
    case 'all':
      return 'true';
    case 'non-state-actors':
      if (endUserType === undefined || endUserType === 'unknown') {
        missing.push('end_user.type');
        return 'unknown';
      }
      return triOf(!GOVERNMENT.has(endUserType));
    case 'listed':
      return listedMatch(env, entry, destinations, endUserType, missing, facts);
  }
}

/** The parties screened against the embargo's list: hits become evidence, possible matches missing facts. */
function listedMatch(env: Env, entry: ContextEmbargo, destinations: readonly Destination[], endUserType: string | undefined, missing: string[], facts: Fact[]): Tri {
  const result = matchListed(env, entry.embargo, entry.origin);
  missing.push(...result.missing);
  facts.push(...result.facts);
  if (result.value !== 'false') return result.value;
  return reviewWhen(entry.embargo, destinations, endUserType, missing);
}

/**
 * `review_when`: a destination and end-user type that the officer must check against the list even
 * though no name matched (e.g. the Taliban administration and the 1988 list).
 */
function reviewWhen(embargo: Embargo, destinations: readonly Destination[], endUserType: string | undefined, missing: string[]): Tri {
  let value: Tri = 'false';
  for (const rule of embargo.review_when ?? []) {
    if (!destinations.some(d => d.code === rule.state)) continue;
    if (rule.end_user_types && (endUserType === undefined || endUserType === 'unknown')) {
      missing.push('end_user.type');
      value = 'unknown';
      continue;
    }
    if (rule.end_user_types && !rule.end_user_types.includes(endUserType as never)) continue;
    missing.push(`whether the end user is controlled by listed persons (${rule.reason})`);
    value = 'unknown';
  }
  return value;
}
