import { isReservedKey, reservedKeyMessage } from '../schema/index.js';

/** A key problem in a JSON text: a key used twice in one object, or a key naming an object internal. */
export interface JsonKeyProblem {
  readonly code: 'duplicate-key' | 'reserved-key';
  readonly message: string;
  /** 1-based column (UTF-16 units) of the key's opening quote. */
  readonly column: number;
}

/**
 * Finds the first duplicate or reserved key in a JSON text that `JSON.parse` has already turned into
 * `value`. `JSON.parse` keeps the last of two equal keys without a word, so a second `"state"` could
 * change a destination unseen. The quick test compares the keys written with the keys kept (a
 * duplicate makes them differ); only then is the text walked to say where the problem is.
 */
export function checkJsonKeys(text: string, value: unknown): JsonKeyProblem | undefined {
  let kept: number | undefined;
  try {
    kept = keptKeys(value);
  } catch (error) {
    // Nested too deeply to count recursively: walk the text instead (the record's own check then says it is too deep).
    if (!(error instanceof RangeError)) throw error;
  }
  if (kept !== undefined && kept === (text.match(KEY_TOKEN)?.length ?? 0)) return undefined;
  return locateKeyProblem(text);
}

// A string followed by a colon: in valid JSON, exactly the keys.
const KEY_TOKEN = /"(?:[^"\\]|\\.)*"\s*:/g;

/** How many keys the parsed value holds, or undefined if one of them is reserved. */
function keptKeys(value: unknown): number | undefined {
  if (Array.isArray(value)) {
    let count = 0;
    for (const item of value) {
      const inner = keptKeys(item);
      if (inner === undefined) return undefined;
      count += inner;
    }
    return count;
  }
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  for (const key of Object.keys(value)) {
    if (isReservedKey(key)) return undefined;
    const inner = keptKeys((value as Record<string, unknown>)[key]);
    if (inner === undefined) return undefined;
    count += 1 + inner;
  }
  return count;
}

/** Walks the text, tracking each object's keys, to the first duplicate or reserved one. */
function locateKeyProblem(text: string): JsonKeyProblem | undefined {
  const objects: Set<string>[] = [];
  // Whether each open container is an object (a string directly after `{` or `,` in it is a key).
  const kinds: boolean[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7b) {
      objects.push(new Set());
      kinds.push(true);
      expectKey = true;
    } else if (code === 0x5b) {
      kinds.push(false);
      expectKey = false;
    } else if (code === 0x7d || code === 0x5d) {
      if (kinds.pop()) objects.pop();
      expectKey = false;
    } else if (code === 0x2c) {
      expectKey = kinds.at(-1) === true;
    } else if (code === 0x22) {
      // Jump to the closing quote: one not preceded by an odd number of backslashes.
      const start = i;
      for (i = text.indexOf('"', i + 1); i > 0; i = text.indexOf('"', i + 1)) {
        let backslashes = 0;
        for (let k = i - 1; text.charCodeAt(k) === 0x5c; k--) backslashes += 1;
        if (backslashes % 2 === 0) break;
      }
      if (!expectKey) continue;
      expectKey = false;
      const raw = text.slice(start + 1, i);
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      const seen = objects.at(-1);
      if (isReservedKey(key)) return { code: 'reserved-key', message: reservedKeyMessage(key), column: start + 1 };
      if (seen?.has(key)) return { code: 'duplicate-key', message: `key ${JSON.stringify(key.slice(0, 40))} appears twice in one object; one value would silently win`, column: start + 1 };
      seen?.add(key);
    }
  }
  return undefined;
}
