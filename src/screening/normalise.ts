import anyAscii from 'any-ascii';
import { LEGAL_FORMS, PARTICLES, TITLES } from './vocabulary.js';
import { consonantSkeleton, phoneticKey } from './phonetic.js';
import { BoundedMemo } from './memo.js';

/** One word of a name, ready to compare. */
export interface NameToken {
  /** Lower-case ASCII: what is compared. */
  readonly text: string;
  /** The word as written, before transliteration, for the explanation. */
  readonly written: string;
  /** Particles (al, bin, van, of) weigh less than the words of a name. */
  readonly particle: boolean;
  /** Written in an abjad (Arabic, Hebrew): short vowels are missing, so the skeleton is compared too. */
  readonly abjad: boolean;
  readonly key: string;
  readonly skeleton: string;
}

/** A name split into the words that identify, and the words set aside (legal forms, titles). */
export interface NormalisedName {
  readonly raw: string;
  readonly tokens: readonly NameToken[];
  readonly legalForms: readonly string[];
  readonly titles: readonly string[];
  /** Every identifying letter in order, without spaces: "Al Qaida" and "Alqaida" agree here. */
  readonly joined: string;
}

const ABJAD = /[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const ARTICLE_FORMS: ReadonlySet<string> = new Set(['el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an']);
// Alef-lam before a word is the article, except in "Allah" (alef-lam-lam-ha), where it is the word itself.
const ARABIC_ARTICLE = /^\u0627\u0644(?=.)(?!\u0644\u0647$)/;

/**
 * Normalises a name: Unicode compatibility forms folded, every script transliterated to ASCII (so a
 * Cyrillic "А" that looks Latin reads as "a", and "Каддафи" as "kaddafi"), case and diacritics
 * dropped, apostrophes and dots removed inside words (Da'esh → daesh, S.A. → sa), other punctuation
 * splitting words. Legal forms and titles are set aside when other words remain, so a name made only
 * of such words is still compared. A name with no letters or digits at all yields no tokens, and
 * `compareNames` scores it 0: it must never match everything.
 */
export function normaliseName(raw: string): NormalisedName {
  return NORMALISED.get(raw, () => normaliseOnce(raw));
}

// A normalised name is immutable, so the same object can be handed out for every use of the name.
const NORMALISED = new BoundedMemo<string, NormalisedName>();

function normaliseOnce(raw: string): NormalisedName {
  const words: { text: string; written: string; abjad: boolean }[] = [];
  for (const written of raw.normalize('NFKC').split(/[\s\u00a0/\\|,;:()[\]{}"“”«»]+/u)) {
    if (!written) continue;
    const abjad = ABJAD.test(written);
    // The Arabic article is written joined to its noun; read it as the separate "al" Latin lists write.
    const article = abjad && ARABIC_ARTICLE.test(written);
    if (article) words.push({ text: 'al', written: 'ال', abjad });
    const ascii = anyAscii(article ? written.replace(ARABIC_ARTICLE, '') : written)
      .toLowerCase()
      .replace(/['`’‘ʼʻ.]/g, '');
    const parts = ascii.split(/[^a-z0-9]+/).filter(Boolean);
    parts.forEach((part, index) => {
      // el-, ul- and the assimilated ad-/ar-/ash- before a following word are the article "al".
      const article = index < parts.length - 1 && ARTICLE_FORMS.has(part);
      words.push({ text: article ? 'al' : part, written, abjad });
    });
  }
  const legalForms: string[] = [];
  const titles: string[] = [];
  const kept = words.filter(word => {
    if (LEGAL_FORMS.has(word.text)) legalForms.push(word.text);
    else if (TITLES.has(word.text)) titles.push(word.text);
    else return true;
    return false;
  });
  // Only when every word is a legal form or title are they compared after all ("Company", "General").
  const identifying = kept.length ? kept : words;
  const tokens = identifying.map(word => ({
    text: word.text,
    written: word.written,
    particle: PARTICLES.has(word.text),
    abjad: word.abjad,
    key: phoneticKey(word.text),
    skeleton: consonantSkeleton(word.text),
  }));
  return {
    raw,
    tokens,
    legalForms: kept.length ? legalForms : [],
    titles: kept.length ? titles : [],
    joined: tokens.map(token => token.text).join(''),
  };
}
