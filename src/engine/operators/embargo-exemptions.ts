import type { Embargo } from '../../schema/index.js';
import type { Env } from '../types.js';
import type { Evidence } from '../evidence.js';
import { recordFact } from '../fields.js';
import { triOf, type Tri } from '../tri.js';

/*
 * Who an embargo exempts: end-user types, those exempt only through a committee procedure the officer
 * must check, and transfers authorized by named bodies.
 */

export function exemption(embargo: Embargo, endUserType: string | undefined, missing: string[] | undefined): Tri {
  const review = embargo.review_end_user_types ?? [];
  if (embargo.exempt_end_user_types.length === 0 && review.length === 0) return 'true';
  if (endUserType === undefined || endUserType === 'unknown') {
    missing?.push('end_user.type');
    return 'unknown';
  }
  if (review.includes(endUserType as never)) {
    // Exempt only through a committee's approval or a notification, which the officer must check.
    missing?.push(`whether the ${embargo.id} exemption procedure for ${endUserType} end users was followed${embargo.exemptions?.length ? ` (${embargo.exemptions.join('; ')})` : ''}`);
    return 'unknown';
  }
  return triOf(!embargo.exempt_end_user_types.includes(endUserType as never));
}

/**
 * `exempt_if_authorized_by`: exempt when the record shows an authorization by one of the named bodies
 * (UNSCR 1701 para 15). Not stated is unknown: the applicant can supply the authorization.
 */
export function authorizationExemption(env: Env, embargo: Embargo, missing: string[] | undefined, sink: Evidence | undefined): Tri {
  const bodies = embargo.exempt_if_authorized_by;
  if (!bodies) return 'true';
  const authorizations = env.record.authorizations;
  sink?.fact(recordFact(env.origin, 'authorizations', authorizations?.map(a => a.by).join('; ') ?? authorizations));
  if (authorizations === undefined) {
    missing?.push(`authorizations (by ${bodies.join(' or ')})`);
    return 'unknown';
  }
  // An armed group is never within such an exemption (e.g. the militias of UNSCR 1559 in Lebanon).
  if (env.record.end_user?.type === 'non-state-armed-group') return 'true';
  let wanted = AUTHORIZERS.get(embargo);
  if (!wanted) AUTHORIZERS.set(embargo, (wanted = new Set(bodies.map(simplify))));
  const named = wanted;
  if (authorizations.some(a => named.has(simplify(a.by)))) return 'false';
  if (authorizations.length === 0) return 'true';
  // An authorization by another body may or may not be one given for the named bodies: the officer checks.
  missing?.push(`whether the authorization by ${authorizations.map(a => a.by).join(', ')} is one by ${bodies.join(' or ')}`);
  return 'unknown';
}

// The bodies that can authorize an exempt transfer never change during a run: simplify them once.
const AUTHORIZERS = new WeakMap<Embargo, ReadonlySet<string>>();

function simplify(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
