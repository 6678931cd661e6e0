import { isReservedKey, reservedKeyMessage } from '../schema/index.js';

/** A key problem in a JSON text: a key used twice in one object, or a key naming an object internal. */
export interface JsonKeyProblem {
  readonly code: 'duplicate-key' | 'reserved-key';
  readonly message: string;
  /** 1-based column (UTF-16 units) of the key's opening quote. */
  readonly column: number;
}

/**
 * Finds the first duplicate or reserved key in a JSON text that `JSON.parse` has already accepted.
 * `JSON.parse` keeps the last of two equal keys without a word, so a second `"state"` could change a
 * destination unseen; this single pass over the text says where the second one is.
 */
export function checkJsonKeys(text: string): JsonKeyProblem | undefined {
  const objects: Set<string>[] = [];
  // Whether each open container is an object (a string directly after `{` or `,` in it is a key).
  const kinds: boolean[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') {
      objects.push(new Set());
      kinds.push(true);
      expectKey = true;
    } else if (char === '[') {
      kinds.push(false);
      expectKey = false;
    } else if (char === '}' || char === ']') {
      if (kinds.pop()) objects.pop();
      expectKey = false;
    } else if (char === ',') {
      expectKey = kinds.at(-1) === true;
    } else if (char === '"') {
      const start = i;
      for (i += 1; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i += 1;
      if (!expectKey) continue;
      expectKey = false;
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      const seen = objects.at(-1);
      if (isReservedKey(key)) return { code: 'reserved-key', message: reservedKeyMessage(key), column: start + 1 };
      if (seen?.has(key)) return { code: 'duplicate-key', message: `key ${JSON.stringify(key.slice(0, 40))} appears twice in one object; one value would silently win`, column: start + 1 };
      seen?.add(key);
    }
  }
  return undefined;
}
