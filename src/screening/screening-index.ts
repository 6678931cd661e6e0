import type { ScreeningPolicy } from '../schema/index.js';
import { alignNames, withContradictions, DEFAULT_TUNING, type MatchTuning, type NameFacts, type NameMatch, type PairCache } from './compare.js';
import type { ListedEntry } from './entries.js';
import { normaliseName, type NormalisedName } from './normalise.js';
import type { SourcedDecision } from './dispositions.js';
import { blockingKeys, queryKeys } from './blocking.js';
import { BoundedMemo } from './memo.js';

/** Words of a listed name whose keys are tracked one by one (bits 1 to 30 of a 31-bit mask). */
const TRACKED_WORDS = 30;

export interface Variant {
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
export interface EntryBest {
  readonly variant: Variant;
  readonly match: NameMatch;
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
  private readonly memo = new BoundedMemo<NormalisedName, readonly Aligned[]>();
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
  candidates(name: NormalisedName, minCover: number, particleWeight: number, exhaustive = false): readonly Variant[] {
    if (exhaustive) return this.variants;
    const hits = new Map<number, number>();
    for (const key of queryKeys(name)) {
      for (const posting of this.byKey.get(key) ?? []) {
        const id = Math.floor(posting / 64);
        // Bit 0: a key of the whole name; bit t + 1: word t. Words past TRACKED_WORDS are not
        // tracked (a bitwise or keeps 31 bits) and count as covered in `cover`, the safe side.
        const slot = posting % 64;
        hits.set(id, (hits.get(id) ?? 0) | (slot > TRACKED_WORDS ? 0 : 1 << slot));
      }
    }
    const scored: { id: number; cover: number }[] = [];
    const initials = new Set(name.tokens.map(token => token.text.charAt(0)));
    for (const [id, mask] of hits) scored.push({ id, cover: mask % 2 === 1 ? 1 : this.cover(id, mask, particleWeight, initials) });
    let kept = scored.filter(c => c.cover >= minCover);
    if (kept.length === 0) kept = scored.sort((a, b) => b.cover - a.cover || a.id - b.id).slice(0, 3);
    return kept.map(c => c.id).sort((a, b) => a - b).map(id => this.variants[id]!);
  }

  /**
   * The best comparison of `party` with each listed entry that has anything in common with it (score
   * above 0), whatever the date: the date and recorded decisions are applied by the caller.
   */
  bestPerEntry(party: string, options: ScreenOptions): EntryBest[] {
    const normalised = options.normalised ?? normaliseName(party);
    const tuning = options.tuning ?? DEFAULT_TUNING;
    const best = new Map<number, EntryBest>();
    for (const { variant, aligned } of this.aligned(normalised, options, tuning)) {
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
  private aligned(normalised: NormalisedName, options: ScreenOptions, tuning: MatchTuning): readonly Aligned[] {
    const work = (): readonly Aligned[] => {
      const cache: PairCache = new Map();
      const out: Aligned[] = [];
      for (const variant of this.candidates(normalised, options.policy.possible, tuning.particleWeight, options.exhaustive)) {
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
      this.memo.clear();
      this.memoPossible = options.policy.possible;
    }
    return this.memo.get(normalised, work);
  }

  /**
   * The most of a variant's weight the words with a shared key could match: particles always count,
   * and so does a listed initial ("A.") when a word of the party name starts with its letter, since
   * a word is not looked up by its initial.
   */
  private cover(id: number, mask: number, particleWeight: number, initials: ReadonlySet<string>): number {
    let hit = 0;
    let total = 0;
    this.variants[id]!.normalised.tokens.forEach((token, i) => {
      const weight = token.particle ? particleWeight : 1;
      total += weight;
      if (token.particle || (token.text.length === 1 && initials.has(token.text)) || i >= TRACKED_WORDS || (mask >>> (i + 1)) % 2 === 1) hit += weight;
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

