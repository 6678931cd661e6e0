import type { ScreeningDecision } from '../schema/index.js';
import type { ListedEntry } from './entries.js';

/** A recorded decision with where it was written (`file:line:col`). */
export interface SourcedDecision {
  readonly decision: ScreeningDecision;
  readonly origin: string;
}

/**
 * The decision that covers a hit on `date`: the same party name and the same listed name, exactly as
 * written, on the same list and entry reference when the decision names them, not yet expired. Exact
 * strings are what make a decision lapse when the party or the list entry is renamed.
 */
export function decisionFor(
  decisions: readonly SourcedDecision[],
  party: string,
  listedName: string,
  entry: ListedEntry,
  date: string,
): SourcedDecision | undefined {
  return decisions.find(({ decision: d }) =>
    d.party === party &&
    d.listed === listedName &&
    (d.embargo === undefined || d.embargo === entry.list) &&
    (d.reference === undefined || d.reference === entry.reference) &&
    d.date <= date &&
    d.expires >= date,
  );
}

/** "dismissed as a false positive by J. Doe on 2026-03-01 (until 2027-03-01): reason [file:line]". */
export function describeDecision({ decision: d, origin }: SourcedDecision): string {
  const what = d.disposition === 'false-positive' ? 'dismissed as a false positive' : 'confirmed as a true match';
  return `${what} by ${d.officer} on ${d.date} (until ${d.expires}): ${d.reason} [${origin}]`;
}
