import type { Fact, RecordOrigin } from './types.js';

/** Splits `end_user.type` or `items[0].flags` into segments once, at compile time. */
export function splitPath(path: string): (string | number)[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map(segment => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * Reads a value along pre-split segments; `undefined` when any step is missing. Only own properties
 * count: `constructor`, `__proto__` or `toString` never reach an object's internals.
 */
export function readPath(value: unknown, segments: readonly (string | number)[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current ?? undefined;
}

/** `file:line:col` of a record field, falling back to the record's own line. */
export function recordSource(origin: RecordOrigin, path: string): string {
  const position = origin.fields?.[path];
  if (position) return `${origin.file}:${position[0]}:${position[1]}`;
  return originSource(origin);
}

/** The record's own place: `file:line`. */
export function originSource(origin: RecordOrigin): string {
  return `${origin.file}:${origin.line}`;
}

/** A fact read from the record. */
export function recordFact(origin: RecordOrigin, path: string, value: unknown): Fact {
  return { fact: path, value: value === undefined ? '(not stated)' : value, source: recordSource(origin, path) };
}
