/**
 * Keys that name JavaScript object internals: every `Object.prototype` property (`__proto__`,
 * `constructor`, `toString`, `hasOwnProperty`, …) and `prototype`. A key like these in a record,
 * a criteria file, a context file or a CSV header could reach an object's prototype, or read as
 * present when it is not, so every loader rejects it with its position rather than guess.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']);

/** True when `key` names an object internal and may not be used as a key. */
export function isReservedKey(key: string): boolean {
  return RESERVED_KEYS.has(key);
}

/** The message every loader gives for a reserved key. */
export function reservedKeyMessage(key: string): string {
  return `"${key}" names a JavaScript object internal and cannot be used as a key`;
}
