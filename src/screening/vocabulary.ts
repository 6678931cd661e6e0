/**
 * Words that are part of how a name is written but not of who is named. They are kept aside and
 * shown in the explanation, never silently dropped: "Acme Trading FZE" and "Acme Trading LLC" are the
 * same words of name with different legal forms, which an officer should see.
 */

/** Company legal forms, as they read once dots are removed (S.A. → sa, L.L.C. → llc). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'ab', 'ag', 'aps', 'as', 'asa', 'bhd', 'bv', 'cjsc', 'co', 'company', 'corp', 'corporation', 'cv', 'eood', 'est',
  'establishment', 'fz', 'fzc', 'fzco', 'fze', 'fzllc', 'gmbh', 'inc', 'incorporated', 'jsc', 'kft', 'kg', 'kk', 'limited',
  'llc', 'llp', 'lp', 'ltd', 'nv', 'oao', 'ojsc', 'ooo', 'oy', 'pao', 'pjsc', 'plc', 'pte', 'pty', 'pvt', 'sa', 'sal',
  'sarl', 'sas', 'sdn', 'spa', 'sprl', 'srl', 'tbk', 'wll', 'zao',
]);

/** Honorifics, ranks and religious titles that come before a person's name. */
export const TITLES: ReadonlySet<string> = new Set([
  'brigadier', 'capt', 'captain', 'cmdr', 'col', 'colonel', 'commander', 'dr', 'gen', 'general', 'haji', 'hajji', 'imam',
  'lieutenant', 'lt', 'maj', 'major', 'maulana', 'maulavi', 'maulvi', 'mawlawi', 'miss', 'mr', 'mrs', 'ms', 'mullah',
  'prof', 'qari', 'sheik', 'sheikh', 'shaikh', 'shaykh', 'sir',
]);

/**
 * Articles, patronymic and nobiliary particles and joining words. They count, lightly: "al" alone
 * is no evidence, but a listed "Al-Qaida" read as "Qaida Trading" has still lost a word.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'al', 'and', 'ben', 'bin', 'bint', 'da', 'de', 'del', 'der', 'di', 'du', 'e', 'el', 'for', 'i', 'ibn', 'la', 'le', 'of',
  'the', 'ul', 'ur', 'van', 'von', 'wa',
]);
