import type { NormalisedName } from './normalise.js';
import { consonantSkeleton } from './phonetic.js';

/** A blocking key, and which token of the name it came from (`WHOLE` for keys of the whole name). */
export const WHOLE = -1;

/** The keys under which a name can be found: a fuzzy match almost always shares one of them. */
export function blockingKeys(name: NormalisedName): { key: string; token: number }[] {
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
export function queryKeys(name: NormalisedName): readonly string[] {
  let keys = QUERY_KEYS.get(name);
  if (keys === undefined) {
    keys = blockingKeys(name)
      .filter(k => !k.key.startsWith('i') || name.tokens[k.token]?.text.length === 1)
      .map(k => k.key);
    QUERY_KEYS.set(name, keys);
  }
  return keys;
}
