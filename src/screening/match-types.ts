/** The vocabulary of a name comparison: token pairs, contradictions, results and tuning. */
import type { ListedType } from '../schema/index.js';

/** How two tokens were found to agree. */
export type TokenHow = 'literal' | 'fuzzy' | 'initial' | 'skeleton';

/** One aligned pair of tokens, with its score and how it was found. */
export interface TokenPair {
  readonly party: string;
  readonly listed: string;
  readonly how: TokenHow;
  readonly score: number;
  /** The phonetic keys agreed and lifted a close spelling match. */
  readonly phonetic: boolean;
  /** For fuzzy and skeleton pairs: the Jaro-Winkler and edit similarities the score averages. */
  readonly jaroWinkler?: number | undefined;
  readonly edit?: number | undefined;
}

/** Something about the two sides that argues against their being the same. */
export interface Contradiction {
  readonly kind: 'country' | 'type';
  readonly detail: string;
  readonly penalty: number;
}

/** What is known about a side besides its name. */
export interface NameFacts {
  readonly country?: string | undefined;
  readonly type?: ListedType | undefined;
}

/** The result of comparing one party name with one listed name: a score and its explanation. */
export interface NameMatch {
  readonly score: number;
  /** `tokens`: the words were aligned one by one; `joined`: the names agree written without spaces. */
  readonly method: 'tokens' | 'joined' | 'none';
  readonly pairs: readonly TokenPair[];
  readonly extraParty: readonly string[];
  readonly extraListed: readonly string[];
  readonly legalForms: { readonly party: readonly string[]; readonly listed: readonly string[] };
  readonly titles: { readonly party: readonly string[]; readonly listed: readonly string[] };
  readonly contradictions: readonly Contradiction[];
  /** Words that were transliterated, as written → as compared. */
  readonly transliterated: readonly string[];
  /** Set when a side has nothing to compare (no letters or digits): such a name matches nothing. */
  readonly empty?: 'party' | 'listed' | undefined;
}

/**
 * The knobs of the matcher. The defaults were tuned on the tuning half of the labelled pairs in
 * fixtures/screening/ and are checked on the other half by tests/screening/.
 */
export interface MatchTuning {
  /** The least Jaro-Winkler score (after phonetic support) at which two words count as the same. */
  readonly tokenMin: number;
  /** Phonetic agreement only supports a spelling match at least this close. */
  readonly phoneticFloor: number;
  /** Phonetic agreement closes this share of the gap between the spelling score and 1. */
  readonly phoneticLift: number;
  /** An initial ("A.") against a word starting with that letter. */
  readonly initialScore: number;
  /** Skeleton matches (abjad against Latin) are discounted by this factor. */
  readonly skeletonFactor: number;
  readonly particleWeight: number;
  /** How much words of the party name that match nothing lower the score (0: not at all). */
  readonly extraPartyPenalty: number;
  /** The least score of the names written without spaces for the `joined` reading to count. */
  readonly joinedMin: number;
  readonly countryPenalty: number;
  readonly typePenalty: number;
}

/** The tuned knobs (bench/screening-tune.ts chose them on the tuning half of the labelled pairs). */
export const DEFAULT_TUNING: MatchTuning = {
  tokenMin: 0.8,
  phoneticFloor: 0.7,
  phoneticLift: 0.5,
  initialScore: 0.7,
  skeletonFactor: 0.9,
  particleWeight: 0.25,
  extraPartyPenalty: 0.2,
  joinedMin: 0.86,
  countryPenalty: 0.1,
  typePenalty: 0.15,
};

/**
 * Token-pair results for one party name, reused across the listed names it is compared with (listed
 * names share many words): keyed by the party token's position and the listed token.
 */
export type PairCache = Map<string, TokenPair | null>;
