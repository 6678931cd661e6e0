import type { ScreeningPolicy } from '../schema/index.js';
import { alignNames, withContradictions, DEFAULT_TUNING, type MatchTuning, type NameFacts, type NameMatch, type PairCache } from './compare.js';
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

/** A candidate variant aligned with a party name, before the facts are weighed. */
interface Aligned {
  readonly variant: Variant;
  readonly aligned: NameMatch;
}

const NOTHING_IN_COMMON: readonly Aligned[] = Object.freeze([]);

/** One listed entry's best-matching name or alias. */
interface EntryBest {
  readonly variant: Variant;
  readonly match: NameMatch;
}

/** A blocking key, and which token of the name it came from (`WHOLE` for keys of the whole name). */
const WHOLE = -1;

/** The keys under which a name can be found: a fuzzy match almost always shares one of them. */
function blockingKeys(name: NormalisedName): { key: string; token: number }[] {
  const keys: { key: string; token: number }[] = [];
  const hasWords = name.tokens.some(t => !t.particle);
  name.tokens.forEach((token, i) => {
    if (token.particle && hasWords) return;
    // Sound, first letters, last letters (a misspelt first letter: Jusuf, Yusuf), and the initial.
    keys.push({ key: `p${token.key || token.text}`, token: i }, { key: `f${token.text.slice(0, 2)}`, token: i }, { key: `i${token.text.charAt(0)}`, token: i });
    if (token.text.length >= 3) keys.push({ key: `l${token.text.slice(-2)}`, token: i });
    if (token.skeleton.length >= 2) keys.push({ key: `s${token.skeleton.slice(0, 3)}`, token: i });
  });
  if (name.joined) keys.push({ key: `j${name.joined.slice(0, 4)}`, token: WHOLE });
  // Names written in an abjad, or together, are found by the consonants of the whole name.
  const skeleton = consonantSkeleton(name.joined);
  if (skeleton.length >= 2) keys.push({ key: `k${skeleton.slice(0, 3)}`, token: WHOLE });
  return keys;
}

const QUERY_KEYS = new WeakMap<NormalisedName, readonly string[]>();

/**
 * The keys a name is looked up by, the same in every list: worked out once per name. A whole word
 * asks by initial only when it is one: "A." finds Abdul, "Abdul" does not find every A-word.
 */
function queryKeys(name: NormalisedName): readonly string[] {
  let keys = QUERY_KEYS.get(name);
  if (keys === undefined) {
    keys = blockingKeys(name)
      .filter(k => !k.key.startsWith('i') || name.tokens[k.token]?.text.length === 1)
      .map(k => k.key);
    QUERY_KEYS.set(name, keys);
  }
  return keys;
}

/**
 * The listed entries of one or more lists, every name and alias normalised once and indexed by
 * blocking keys (phonetic key, first letters, consonant skeleton), so a party name is compared only
 * with the listed names it could match instead of with all of them.
 *
 * A listed name's score can never exceed the share of its words that some word of the party name
 * could match, and a word can only match one that shares a key with it; so a listed name whose
 * key-sharing words weigh less than the possible threshold is not compared at all.
 */
export class ScreeningIndex {
  readonly entries: readonly ListedEntry[];
  private readonly variants: Variant[] = [];
  /** key → postings, each `variant * 64 + token + 1` (token + 1 = 0 for the whole name). */
  private readonly byKey = new Map<string, number[]>();
  /** Alignments by name: [0] the candidates that could reach the thresholds, [1] also the closest below them. */
  private readonly memos = [new Map<NormalisedName, readonly Aligned[]>(), new Map<NormalisedName, readonly Aligned[]>()] as const;
  private memoPossible: number | undefined;

  constructor(entries: readonly ListedEntry[]) {
    this.entries = entries;
    entries.forEach((entry, index) => {
      for (const [name, alias] of [[entry.name, false], ...entry.aliases.map(a => [a, true] as const)] as const) {
        const normalised = normaliseName(name);
        const id = this.variants.length;
        this.variants.push({ entry: index, name, alias, normalised });
        for (const { key, token } of blockingKeys(normalised)) {
          if (token >= 63) continue;
          const posting = id * 64 + token + 1;
          const bucket = this.byKey.get(key);
          if (!bucket) this.byKey.set(key, [posting]);
          else if (bucket[bucket.length - 1] !== posting) bucket.push(posting);
        }
      }
    });
  }

  /**
   * The variants worth comparing with `name`, in index order: those sharing a key of the whole name,
   * or whose key-sharing words could cover at least `minCover` of them. When none qualifies, the few
   * closest still come back, so the best candidate below the thresholds can be shown. Every variant
   * when `exhaustive`.
   */
  candidates(name: NormalisedName, minCover: number, particleWeight: number, exhaustive = false, closest = true): readonly Variant[] {
    if (exhaustive) return this.variants;
    const hits = new Map<number, number>();
    for (const key of queryKeys(name)) {
      for (const posting of this.byKey.get(key) ?? []) {
        const id = Math.floor(posting / 64);
        const bit = posting % 64 === 0 ? 1 : 2 ** (posting % 64);
        hits.set(id, (hits.get(id) ?? 0) | bit);
      }
    }
    const scored: { id: number; cover: number }[] = [];
    for (const [id, mask] of hits) scored.push({ id, cover: mask % 2 === 1 ? 1 : this.cover(id, mask, particleWeight) });
    let kept = scored.filter(c => c.cover >= minCover);
    if (kept.length === 0 && closest) kept = scored.sort((a, b) => b.cover - a.cover || a.id - b.id).slice(0, 3);
    return kept.map(c => c.id).sort((a, b) => a - b).map(id => this.variants[id]!);
  }

  /**
   * The best comparison of `party` with each listed entry that has anything in common with it (score
   * above 0), whatever the date: the date and recorded decisions are applied by the caller.
   */
  bestPerEntry(party: string, options: ScreenOptions, closest = true): EntryBest[] {
    const normalised = options.normalised ?? normaliseName(party);
    const tuning = options.tuning ?? DEFAULT_TUNING;
    const best = new Map<number, EntryBest>();
    for (const { variant, aligned } of this.aligned(normalised, options, tuning, closest)) {
      const entry = this.entries[variant.entry]!;
      const match = withContradictions(aligned, normalised, { party: options.facts, listed: entry }, tuning);
      if (match.score <= 0) continue;
      const previous = best.get(variant.entry);
      if (!previous || match.score > previous.match.score) best.set(variant.entry, { variant, match });
    }
    return [...best.values()];
  }

  /**
   * The candidates' alignments with a name, before the facts are weighed. They depend on the name
   * alone, so with the default tuning they are worked out once per distinct name: names repeat
   * across a batch, and the facts (country, type) that vary are applied afterwards.
   */
  private aligned(normalised: NormalisedName, options: ScreenOptions, tuning: MatchTuning, closest: boolean): readonly Aligned[] {
    const work = (): readonly Aligned[] => {
      const cache: PairCache = new Map();
      const out: Aligned[] = [];
      for (const variant of this.candidates(normalised, options.policy.possible, tuning.particleWeight, options.exhaustive, closest)) {
        const aligned = alignNames(normalised, variant.normalised, tuning, cache);
        // Facts only lower a score: a name with nothing in common stays at 0.
        if (aligned.score > 0) out.push({ variant, aligned });
      }
      // Most names share nothing with a list: one shared empty answer keeps the memo small.
      return out.length ? out : NOTHING_IN_COMMON;
    };
    if (options.tuning !== undefined || options.exhaustive) return work();
    // Keyed by the normalised name itself (normaliseName hands out one object per distinct name), for
    // the thresholds the memo was filled with.
    if (this.memoPossible !== options.policy.possible) {
      for (const memo of this.memos) memo.clear();
      this.memoPossible = options.policy.possible;
    }
    const memo = this.memos[closest ? 1 : 0];
    let known = memo.get(normalised);
    if (known === undefined) {
      if (memo.size >= 20_000) memo.clear();
      memo.set(normalised, (known = work()));
    }
    return known;
  }

  /** The most of a variant's weight the words with a shared key could match (particles always count). */
  private cover(id: number, mask: number, particleWeight: number): number {
    let hit = 0;
    let total = 0;
    this.variants[id]!.normalised.tokens.forEach((token, i) => {
      const weight = token.particle ? particleWeight : 1;
      total += weight;
      if (token.particle || (i < 63 && Math.floor(mask / 2 ** (i + 1)) % 2 === 1)) hit += weight;
    });
    return total ? hit / total : 0;
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
  /** The party name already normalised (`normaliseName(party)`), when the caller has it. */
  readonly normalised?: NormalisedName | undefined;
  /** Compare with every listed name (the all-pairs baseline) instead of the index's candidates. */
  readonly exhaustive?: boolean | undefined;
}

/**
 * Screens one party name: the best comparison per listed entry, best first (ties by list, then entry
 * name, so the order never depends on anything but the inputs). Entries with nothing in common
 * (score 0) are left out.
 */
/**
 * The worst outcome of screening one party name, without building the hits: `match` when a listed
 * entry matches (or a recorded decision confirms one), `possible` when one may, else `clear`. The same
 * answer as the outcomes of `screenName`, for deciding without explaining.
 */
export function screenOutcome(index: ScreeningIndex, party: string, options: ScreenOptions): Band {
  let outcome: Band = 'clear';
  // Only candidates whose words could cover the possible threshold can reach it (see `candidates`).
  for (const { variant, match } of index.bestPerEntry(party, options, false)) {
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
