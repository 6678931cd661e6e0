import type { ScreeningPolicy } from '../schema/index.js';
import type { ListedEntry } from './entries.js';
import type { NameMatch } from './compare.js';
import { decisionFor, type SourcedDecision } from './dispositions.js';
import type { ScreeningIndex, ScreenOptions } from './screening-index.js';

/** Where a score falls against the policy's thresholds. */
export type Band = 'match' | 'possible' | 'clear';

/** What a hit comes to once recorded decisions are applied. */
export type HitOutcome = Band | 'dismissed';

/** The best comparison of one party name with one listed entry (its name or one of its aliases). */
export interface ScreeningHit {
  readonly party: string;
  readonly entry: ListedEntry;
  /** The name or alias that compared best. */
  readonly listedName: string;
  readonly alias: boolean;
  readonly match: NameMatch;
  readonly band: Band;
  readonly outcome: HitOutcome;
  readonly decision?: SourcedDecision | undefined;
}

/** The band of a score: at or above strong is a match, at or above possible a possible match. */
export function bandOf(score: number, policy: ScreeningPolicy): Band {
  return score >= policy.strong ? 'match' : score >= policy.possible ? 'possible' : 'clear';
}

/**
 * The worst outcome of screening one party name, without building the hits: `match` when a listed
 * entry matches (or a recorded decision confirms one), `possible` when one may, else `clear`. The same
 * answer as the outcomes of `screenName`, for deciding without explaining.
 */
export function screenOutcome(index: ScreeningIndex, party: string, options: ScreenOptions): Band {
  let outcome: Band = 'clear';
  // The same candidates as `screenName`, the closest below the thresholds included: a listed initial
  // ("A.") is not among a word's lookup keys, so such a name can be found only as one of the closest.
  for (const { variant, match } of index.bestPerEntry(party, options)) {
    // Below the possible threshold nothing applies, not even a recorded decision: no hit to build.
    if (match.score < options.policy.possible) continue;
    const entry = index.entries[variant.entry]!;
    if (options.date !== undefined && entry.listed_on !== undefined && entry.listed_on > options.date) continue;
    const band = bandOf(match.score, options.policy);
    const decision = decisionFor(options.decisions ?? [], party, variant.name, entry, options.date ?? '9999-12-31');
    const hit: HitOutcome = decision ? (decision.decision.disposition === 'false-positive' ? 'dismissed' : 'match') : band;
    if (hit === 'match') return 'match';
    if (hit === 'possible') outcome = 'possible';
  }
  return outcome;
}

/**
 * Screens one party name: the best comparison per listed entry, best first (ties by list, then entry
 * name, so the order never depends on anything but the inputs). Entries with nothing in common
 * (score 0) are left out.
 */
export function screenName(index: ScreeningIndex, party: string, options: ScreenOptions): ScreeningHit[] {
  const hits: ScreeningHit[] = [];
  for (const { variant, match } of index.bestPerEntry(party, options)) {
    const entry = index.entries[variant.entry]!;
    // Every variant of an entry shares its listing date, so leaving out entries listed later after
    // picking each entry's best variant is the same as leaving them out before.
    if (options.date !== undefined && entry.listed_on !== undefined && entry.listed_on > options.date) continue;
    const band = bandOf(match.score, options.policy);
    const decision = band === 'clear' ? undefined : decisionFor(options.decisions ?? [], party, variant.name, entry, options.date ?? '9999-12-31');
    const outcome: HitOutcome = decision ? (decision.decision.disposition === 'false-positive' ? 'dismissed' : 'match') : band;
    hits.push({ party, entry, listedName: variant.name, alias: variant.alias, match, band, outcome, decision });
  }
  return hits.sort(
    (a, b) => b.match.score - a.match.score || a.entry.list.localeCompare(b.entry.list) || a.entry.name.localeCompare(b.entry.name),
  );
}
