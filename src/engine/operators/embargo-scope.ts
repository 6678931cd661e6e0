import { GOVERNMENT_END_USER_TYPES, type Embargo } from '../../schema/index.js';
import type { ContextEmbargo, Env } from '../types.js';
import type { Evidence } from '../evidence.js';
import { triOf, type Tri } from '../tri.js';
import { matchListed } from './listed-names.js';

// Whom an embargo covers: its target states and its scope (all end users, government only, listed parties).

const GOVERNMENT = new Set<string>(GOVERNMENT_END_USER_TYPES);

/** A destination state of the transfer, with the record path it came from. */
export interface Destination {
  readonly code: string | undefined;
  readonly path: string;
}

export function targetMatch(embargo: Embargo, destinations: readonly Destination[], missing: string[] | undefined): Tri {
  if (embargo.target === 'any') return 'true';
  if (destinations.some(d => d.code === embargo.target)) {
    if (embargo.region === undefined) return 'true';
    missing?.push(`whether the items are for use in ${embargo.region}`);
    return 'unknown';
  }
  let value: Tri = 'false';
  for (const d of destinations) {
    if (d.code !== undefined) continue;
    missing?.push(d.path);
    value = 'unknown';
  }
  return value;
}


export function scopeMatch(env: Env, entry: ContextEmbargo, destinations: readonly Destination[], endUserType: string | undefined, missing: string[] | undefined, sink: Evidence | undefined): Tri {
  const { embargo } = entry;
  switch (embargo.scope) {
    case 'all':
      return 'true';
    case 'non-state-actors':
      if (endUserType === undefined || endUserType === 'unknown') {
        missing?.push('end_user.type');
        return 'unknown';
      }
      return triOf(!GOVERNMENT.has(endUserType));
    case 'listed':
      return listedMatch(env, entry, destinations, endUserType, missing, sink);
  }
}

/** The parties screened against the embargo's list: hits become evidence, possible matches missing facts. */
function listedMatch(env: Env, entry: ContextEmbargo, destinations: readonly Destination[], endUserType: string | undefined, missing: string[] | undefined, sink: Evidence | undefined): Tri {
  const result = matchListed(env, entry.embargo, entry.origin, sink !== undefined || missing !== undefined);
  if (missing) for (const name of result.missing) missing.push(name);
  if (sink) for (const fact of result.facts) sink.fact(fact);
  if (result.value !== 'false') return result.value;
  return reviewWhen(entry.embargo, destinations, endUserType, missing);
}

/**
 * `review_when`: a destination and end-user type that the officer must check against the list even
 * though no name matched (e.g. the Taliban administration and the 1988 list).
 */
function reviewWhen(embargo: Embargo, destinations: readonly Destination[], endUserType: string | undefined, missing: string[] | undefined): Tri {
  let value: Tri = 'false';
  for (const rule of embargo.review_when ?? []) {
    if (!destinations.some(d => d.code === rule.state)) continue;
    if (rule.end_user_types && (endUserType === undefined || endUserType === 'unknown')) {
      missing?.push('end_user.type');
      value = 'unknown';
      continue;
    }
    if (rule.end_user_types && !rule.end_user_types.includes(endUserType as never)) continue;
    missing?.push(`whether the end user is controlled by listed persons (${rule.reason})`);
    value = 'unknown';
  }
  return value;
}
