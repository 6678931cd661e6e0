/**
 * A Soundex-style phonetic key that also codes the first letter, so that Qaddafi, Gaddafi and Kadhafi
 * share a key (2-3-1) where classic Soundex keeps Q, G and K apart. It is only ever supporting
 * evidence: it can lift a spelling match that is already close, never make one on its own.
 */
const CLASSES: Readonly<Record<string, string>> = {
  b: '1', f: '1', p: '1', v: '1',
  c: '2', g: '2', j: '2', k: '2', q: '2', s: '2', x: '2', z: '2',
  d: '3', t: '3',
  l: '4',
  m: '5', n: '5',
  r: '6',
};

/** The key of one lower-case ASCII token: a leading vowel as "A", then consonant classes, no repeats. */
export function phoneticKey(token: string): string {
  let key = '';
  let previous = '';
  for (let i = 0; i < token.length; i++) {
    const letter = token.charAt(i);
    const code = CLASSES[letter];
    if (code === undefined) {
      if (i === 0 && /[aeiouy]/.test(letter)) key = 'A';
      // h and w do not separate two letters of one class (as in Soundex); vowels do.
      if (letter !== 'h' && letter !== 'w') previous = '';
      continue;
    }
    if (code !== previous) key += code;
    previous = code;
  }
  return key.slice(0, 6);
}

/**
 * The consonant skeleton of a token: what a name written in an abjad (Arabic, Hebrew), where short
 * vowels are not written, can be compared on. Vowels, h, w, y and doubled letters are dropped, and q, g
 * and c are read as k.
 */
export function consonantSkeleton(token: string): string {
  let out = '';
  // q, k, g and c fold together: Arabic qaf is written q, k or g (Qaddafi, Kadhafi, Gaddafi).
  for (const letter of token.replace(/[aeiouhwy]/g, '').replace(/[qgc]/g, 'k')) if (!out.endsWith(letter)) out += letter;
  return out;
}
