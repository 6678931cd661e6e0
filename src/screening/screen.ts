import type { ScreeningPolicy } from '../schema/index.js';
import { compareNames, DEFAULT_TUNING, type MatchTuning, type NameFacts, type NameMatch } from './compare.js';
import type { ListedEntry } from './entries.js';
import { normaliseName, type NormalisedName } from './normalise.js';
import { consonantSkeleton } from './phonetic.js';
import { decisionFor, type SourcedDecision } from './dispositions.js';

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

interface Variant {
  readonly entry: number;
  readonly name: string;
  readonly alias: boolean;
  readonly normalised: NormalisedName;
}

/** The keys under which a name can be found: a fuzzy match almost always shares one of them. */
function blockingKeys(name: NormalisedName): string[] {
  const keys = new Set<string>();
  for (const token of name.tokens) {
    if (token.particle && name.tokens.some(t => !t.particle)) continue;
    keys.add(`p${token.key || token.text}`);
    keys.add(`f${token.text.slice(0, 3)}`);
    if (token.skeleton.length >= 2) keys.add(`s${token.skeleton.slice(0, 3)}`);
  }
  if (name.joined) keys.add(`j${name.joined.slice(0, 4)}`);
  // Names written in an abjad, or together, are found by the consonants of the whole name.
  const skeleton = consonantSkeleton(name.joined);
  if (skeleton.length >= 2) keys.add(`s${skeleton.slice(0, 3)}`);
  return [...keys];
}

/**
 * The listed entries of one or more lists, every name and alias normalised once and indexed by
 * blocking keys (phonetic key, first letters, consonant skeleton), so a party name is compared only
 * with the listed names it could match instead of with all of them.
 */
export class ScreeningIndex {
  readonly entries: readonly ListedEntry[];
  private readonly variants: Variant[] = [];
  private readonly byKey = new Map<string, number[]>();

  constructor(entries: readonly ListedEntry[]) {
    this.entries = entries;
    entries.forEach((entry, index) => {
      for (const [name, alias] of [[entry.name, false], ...entry.aliases.map(a => [a, true] as const)] as const) {
        const normalised = normaliseName(name);
        const id = this.variants.length;
        this.variants.push({ entry: index, name, alias, normalised });
        for (const key of blockingKeys(normalised)) {
          const bucket = this.byKey.get(key);
          if (bucket) bucket.push(id);
          else this.byKey.set(key, [id]);
        }
      }
    });
  }

  /** The variants worth comparing with `name`, in index order; every variant when `exhaustive`. */
  candidates(name: NormalisedName, exhaustive = false): readonly Variant[] {
    if (exhaustive) return this.variants;
    const ids = new Set<number>();
    for (const key of blockingKeys(name)) for (const id of this.byKey.get(key) ?? []) ids.add(id);
    return [...ids].sort((a, b) => a - b).map(id => this.variants[id]!);
  }
}

/** What to screen a party name with. */
export interface ScreenOptions {
  readonly policy: ScreeningPolicy;
  /** The record's date: entries listed later, and decisions not in force then, do not count. */
  readonly date?: string | undefined;
  readonly decisions?: readonly SourcedDecision[] | undefined;
  readonly facts?: NameFacts | undefined;
  readonly tuning?: MatchTuning | undefined;
  /** Compare with every listed name (the all-pairs baseline) instead of the index's candidates. */
  readonly exhaustive?: boolean | undefined;
}

/**
 * Screens one party name: the best comparison per listed entry, best first (ties by list, then entry
 * name, so the order never depends on anything but the inputs). Entries with nothing in common
 * (score 0) are left out.
 */
export function screenName(index: ScreeningIndex, party: string, options: ScreenOptions): ScreeningHit[] {
  const normalised = normaliseName(party);
  const best = new Map<number, { variant: Variant; match: NameMatch }>();
  for (const variant of index.candidates(normalised, options.exhaustive)) {
    const entry = index.entries[variant.entry]!;
    if (options.date !== undefined && entry.listed_on !== undefined && entry.listed_on > options.date) continue;
    const match = compareNames(normalised, variant.normalised, { party: options.facts, listed: entry }, options.tuning ?? DEFAULT_TUNING);
    if (match.score <= 0) continue;
    const previous = best.get(variant.entry);
    if (!previous || match.score > previous.match.score) best.set(variant.entry, { variant, match });
  }
  const hits: ScreeningHit[] = [];
  for (const [entryIndex, { variant, match }] of best) {
    const entry = index.entries[entryIndex]!;
    const band = bandOf(match.score, options.policy);
    const decision = band === 'clear' ? undefined : decisionFor(options.decisions ?? [], party, variant.name, entry, options.date ?? '9999-12-31');
    const outcome: HitOutcome = decision ? (decision.decision.disposition === 'false-positive' ? 'dismissed' : 'match') : band;
    hits.push({ party, entry, listedName: variant.name, alias: variant.alias, match, band, outcome, decision });
  }
  return hits.sort(
    (a, b) => b.match.score - a.match.score || a.entry.list.localeCompare(b.entry.list) || a.entry.name.localeCompare(b.entry.name),
  );
}
