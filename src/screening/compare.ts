import { editSimilarity, jaroWinkler } from './jaro-winkler.js';
import type { NameToken, NormalisedName } from './normalise.js';
import { DEFAULT_TUNING, type MatchTuning, type NameFacts, type NameMatch, type PairCache, type TokenHow, type TokenPair } from './match-types.js';

export * from './match-types.js';
import { consonantSkeleton } from './phonetic.js';
import { contradictionsOf } from './contradictions.js';


/** Scores are rounded so that reports, tests and `atra screen` print the very same number. */
const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Compares a party name with a listed name. Words are aligned regardless of order, each pair scored
 * with Jaro-Winkler (phonetic agreement only lifting a close pair), then the score is how much of the
 * listed name the party name covers, lowered a little by party words that match nothing, and lowered
 * by what argues against (another country, a person against an organisation).
 */
export function compareNames(
  party: NormalisedName,
  listed: NormalisedName,
  facts: { readonly party?: NameFacts | undefined; readonly listed?: NameFacts | undefined } = {},
  tuning: MatchTuning = DEFAULT_TUNING,
  cache?: PairCache,
): NameMatch {
  return withContradictions(alignNames(party, listed, tuning, cache), party, facts, tuning);
}

/**
 * The comparison of the two names alone, before what the facts argue against it: its score is not
 * yet rounded or bounded. It depends on nothing but the names, so a batch can reuse it for every
 * record that names the same party.
 */
export function alignNames(party: NormalisedName, listed: NormalisedName, tuning: MatchTuning = DEFAULT_TUNING, cache?: PairCache): NameMatch {
  const base = {
    legalForms: { party: party.legalForms, listed: listed.legalForms },
    titles: { party: party.titles, listed: listed.titles },
    transliterated: transliterations(party),
    contradictions: [],
  };
  if (party.tokens.length === 0 || listed.tokens.length === 0) {
    const empty = party.tokens.length === 0 ? 'party' : 'listed';
    return { ...base, score: 0, method: 'none', pairs: [], extraParty: party.tokens.map(t => t.text), extraListed: listed.tokens.map(t => t.text), empty };
  }
  const aligned = align(party.tokens, listed.tokens, tuning, cache);
  // Written together or apart ("Ansarallah", "Ansar Allah"): only when the word counts differ, and
  // never across different numbers, or two names sharing a long first word would pass as one.
  if (party.tokens.length !== listed.tokens.length && digits(party.joined) === digits(listed.joined)) {
    const joined = joinedPair(party, listed, tuning);
    if (joined && joined.score >= tuning.joinedMin && joined.score > aligned.score) {
      return { ...base, score: joined.score, method: 'joined', pairs: [joined], extraParty: [], extraListed: [] };
    }
  }
  return { ...base, score: aligned.score, method: aligned.pairs.length ? 'tokens' : 'none', pairs: aligned.pairs, extraParty: aligned.extraParty, extraListed: aligned.extraListed };
}

/** Applies what argues against an aligned comparison (`alignNames`), and rounds and bounds its score. */
export function withContradictions(
  aligned: NameMatch,
  party: NormalisedName,
  facts: { readonly party?: NameFacts | undefined; readonly listed?: NameFacts | undefined },
  tuning: MatchTuning = DEFAULT_TUNING,
): NameMatch {
  if (aligned.empty) return aligned;
  const contradictions = contradictionsOf(party, facts.party, facts.listed, tuning);
  let score = aligned.score;
  for (const contradiction of contradictions) score -= contradiction.penalty;
  return { ...aligned, score: round(Math.max(0, Math.min(1, score))), contradictions };
}

const digits = (text: string): string => text.replace(/\D/g, '');

/** The two names written without spaces, compared as one word (by consonants when one side is an abjad). */
function joinedPair(party: NormalisedName, listed: NormalisedName, tuning: MatchTuning): TokenPair | undefined {
  const abjad = (name: NormalisedName): boolean => name.tokens.some(t => t.abjad);
  // The score averages Jaro-Winkler (at most 1) and edit similarity (at most 1 - length gap / longer):
  // names whose lengths differ too much cannot reach joinedMin, so are not compared.
  const longer = Math.max(party.joined.length, listed.joined.length);
  const gap = Math.abs(party.joined.length - listed.joined.length) / longer;
  if (!abjad(party) && !abjad(listed) && (2 - gap) / 2 < tuning.joinedMin) return undefined;
  const token = (name: NormalisedName): NameToken => ({
    text: name.joined,
    written: name.raw,
    particle: false,
    abjad: abjad(name),
    key: '',
    skeleton: consonantSkeleton(name.joined),
  });
  return tokenPair(token(party), token(listed), tuning);
}

const TRANSLITERATED = new WeakMap<NormalisedName, string[]>();

function transliterations(name: NormalisedName): string[] {
  const known = TRANSLITERATED.get(name);
  if (known) return known;
  const out: string[] = [];
  for (const token of name.tokens) {
    const shown = `${token.written} → ${token.text}`;
    if (!/^[\x20-\x7e]*$/.test(token.written) && !out.includes(shown)) out.push(shown);
  }
  TRANSLITERATED.set(name, out);
  return out;
}

interface Alignment {
  readonly score: number;
  readonly pairs: TokenPair[];
  readonly extraParty: string[];
  readonly extraListed: string[];
}

/** Greedy best-first alignment: the closest pair first, each word used once, ties by position. */
function align(party: readonly NameToken[], listed: readonly NameToken[], tuning: MatchTuning, cache: PairCache | undefined): Alignment {
  const candidates: { i: number; j: number; pair: TokenPair }[] = [];
  party.forEach((p, i) =>
    listed.forEach((l, j) => {
      let pair: TokenPair | undefined | null;
      const key = cache && `${i}\u0000${l.abjad ? 1 : 0}${l.particle ? 1 : 0}${l.text}`;
      if (cache && key) pair = cache.get(key);
      if (pair === undefined) {
        pair = tokenPair(p, l, tuning) ?? null;
        if (cache && key) cache.set(key, pair);
      }
      if (pair) candidates.push({ i, j, pair });
    }),
  );
  candidates.sort((a, b) => b.pair.score - a.pair.score || a.i - b.i || a.j - b.j);
  const usedParty = new Set<number>();
  const usedListed = new Set<number>();
  const chosen: { i: number; j: number; pair: TokenPair }[] = [];
  for (const candidate of candidates) {
    if (usedParty.has(candidate.i) || usedListed.has(candidate.j)) continue;
    usedParty.add(candidate.i);
    usedListed.add(candidate.j);
    chosen.push(candidate);
  }
  const weight = (token: NameToken): number => (token.particle ? tuning.particleWeight : 1);
  const partyWeight = party.reduce((sum, t) => sum + weight(t), 0);
  const listedWeight = listed.reduce((sum, t) => sum + weight(t), 0);
  let coveredParty = 0;
  let coveredListed = 0;
  let substantive = false;
  for (const { i, j, pair } of chosen) {
    coveredParty += pair.score * weight(party[i]!);
    coveredListed += pair.score * weight(listed[j]!);
    if (!listed[j]!.particle) substantive = true;
  }
  const listedCover = coveredListed / listedWeight;
  const partyCover = coveredParty / partyWeight;
  // Only particles in common ("al", "of") is no evidence at all.
  const score = substantive ? listedCover * (1 - tuning.extraPartyPenalty * (1 - partyCover)) : 0;
  chosen.sort((a, b) => a.j - b.j);
  return {
    score,
    pairs: chosen.map(c => c.pair),
    extraParty: party.filter((_, i) => !usedParty.has(i)).map(t => t.text),
    extraListed: listed.filter((_, j) => !usedListed.has(j)).map(t => t.text),
  };
}

/** Scores two words, or returns undefined when they do not agree well enough to align. */
export function tokenPair(p: NameToken, l: NameToken, tuning: MatchTuning = DEFAULT_TUNING): TokenPair | undefined {
  const make = (how: TokenHow, score: number, phonetic = false): TokenPair => ({ party: p.text, listed: l.text, how, score: round(score), phonetic });
  if (p.text === l.text) return make('literal', 1);
  // Numbers identify exactly or not at all: unit 61398 is not unit 61389.
  if (/\d/.test(p.text) || /\d/.test(l.text)) return undefined;
  if (p.text.length === 1 || l.text.length === 1) {
    const [short, long] = p.text.length === 1 ? [p, l] : [l, p];
    return long.text.length > 1 && !long.particle && long.text.startsWith(short.text) ? make('initial', tuning.initialScore) : undefined;
  }
  // Jaro-Winkler favours a shared beginning; the edit similarity keeps Rostec from matching Rostelecom.
  const jw = jaroWinkler(p.text, l.text);
  const edit = editSimilarity(p.text, l.text);
  let how: TokenHow = 'fuzzy';
  let score = (jw + edit) / 2;
  if (p.abjad !== l.abjad && p.skeleton.length >= 1 && l.skeleton.length >= 1) {
    const equal = p.skeleton === l.skeleton;
    const close = p.skeleton.length >= 2 && l.skeleton.length >= 2 ? (jaroWinkler(p.skeleton, l.skeleton) + editSimilarity(p.skeleton, l.skeleton)) / 2 : 0;
    const skeleton = (equal ? 1 : close) * tuning.skeletonFactor;
    if (skeleton > score) {
      how = 'skeleton';
      score = skeleton;
    }
  }
  const phonetic = p.key.length >= 2 && p.key === l.key && score >= tuning.phoneticFloor;
  if (phonetic) score += (1 - score) * tuning.phoneticLift;
  if (score < tuning.tokenMin) return undefined;
  return { ...make(how, score, phonetic), jaroWinkler: round(jw), edit: round(edit) };
}
