import { EMBARGO_ROLES, GOVERNMENT_END_USER_TYPES, type Embargo, type EmbargoTest } from '../../schema/index.js';
import type { ContextEmbargo, Env, Evaluator, Fact, Outcome } from '../types.js';
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
 * "An embargo in force on the record's date covers this destination, item category and end-user type"
 * (contract §2): the date lies in [from, until]; the importer, end-user or a transit state is the target;
 * an item's category is covered; the end user is not exempt; and for `listed` scope a party's name is listed.
 */
export function compileEmbargoTest(test: EmbargoTest): Evaluator {
  const authorities = test.embargo.authority ? new Set<string>(test.embargo.authority) : undefined;
  const roles = test.embargo.parties ?? [...EMBARGO_ROLES];
  return (env: Env) => {
    const destinations = destinationsOf(env, roles);
    const results: Outcome[] = [];
    const screened: Fact[] = [];
    for (const entry of env.context.embargoes) {
      if (authorities && !authorities.has(entry.embargo.authority)) continue;
      const force = inForce(entry.embargo, env.record.date);
      if (force === 'false') continue;
      const result = embargoApplies(env, entry, destinations, force);
      if (result.value !== 'false') results.push(result);
      else screened.push(...result.facts.slice(1));
    }
    const value = triOr(results.map(r => r.value));
    const destinationFacts = destinations.map(d => recordFact(env.origin, d.path, d.code));
    const relevant = results.filter(r => r.value === value);
    // A clear answer still shows each party's best screening candidate below the thresholds.
    return combine(value, [outcome(value, value === 'false' ? [...destinationFacts, ...screened] : destinationFacts), ...relevant]);
  };
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
 * the embargo has lapsed only if someone checked after that date; otherwise a renewal may simply not
 * be in the data yet, and the answer is unknown rather than a silent clear.
 */
function inForce(embargo: Embargo, date: string): Tri {
  if (date < embargo.from) return 'false';
  if (embargo.until === null || date <= embargo.until) return 'true';
  return embargo.checked_on !== undefined && embargo.checked_on > embargo.until ? 'false' : 'unknown';
}

function embargoApplies(env: Env, entry: ContextEmbargo, destinations: readonly Destination[], force: Tri): Outcome {
  const { embargo } = entry;
  const missing: string[] = [];
  if (force === 'unknown') missing.push(`whether ${embargo.id} was renewed after ${embargo.until ?? ''}`);
  const target = targetMatch(embargo, destinations, missing);
  const category = triOf(embargo.categories === 'all' || env.items.some(i => embargo.categories.includes(i.value.category)));
  const endUserType = env.record.end_user?.type;
  const notExempt = exemption(embargo, endUserType, missing);
  const screening: Fact[] = [];
  // Names are screened only against lists whose target this transfer reaches.
  const scope = target === 'false' ? 'false' : scopeMatch(env, entry, endUserType, missing, screening);
  const value = triAnd([force, target, category, notExempt, scope]);
  const fact: Fact = {
    fact: `embargo ${embargo.id}`,
    value: `${embargo.basis}; target ${embargo.target}; scope ${embargo.scope}; ${embargo.from} to ${embargo.until ?? 'open-ended'}`,
    source: entry.origin,
  };
  const bindings = {
    embargo: {
      id: embargo.id,
      title: embargo.title ?? embargo.id,
      basis: embargo.basis,
      target: embargo.target,
      authority: embargo.authority,
      scope: embargo.scope,
    },
  };
  return outcome(value, [fact, ...screening], value === 'unknown' ? missing : [], bindings);
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
  if (embargo.exempt_end_user_types.length === 0) return 'true';
  if (endUserType === undefined || endUserType === 'unknown') {
    missing.push('end_user.type');
    return 'unknown';
  }
  return triOf(!embargo.exempt_end_user_types.includes(endUserType as never));
}

function scopeMatch(env: Env, entry: ContextEmbargo, endUserType: string | undefined, missing: string[], screening: Fact[]): Tri {
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
      return listedMatch(env, entry, missing, screening);
  }
}

/** The parties screened against the embargo's list: the hits become evidence, possible matches missing facts. */
function listedMatch(env: Env, entry: ContextEmbargo, missing: string[], screening: Fact[]): Tri {
  const result = matchListed(env, entry.embargo, entry.origin);
  missing.push(...result.missing);
  screening.push(...result.facts);
  return result.value;
}
