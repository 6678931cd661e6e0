import { createHash } from 'node:crypto';

/**
 * Canonical JSON (RFC 8785, JCS) for the values atra writes: object keys sorted by UTF-16 code
 * units, no whitespace, strings and numbers as ECMAScript serialises them, `undefined` members
 * dropped as JSON.stringify drops them. Written here rather than taken from a package because the
 * values hashed are plain JSON data (no floats beyond what JSON.stringify already writes per JCS),
 * and the maintained package for Node 20 would be one more dependency for twenty lines.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(item => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** The sha256 of a text, lower-case hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The sha256 of a value's canonical JSON: the digest every case file and log line uses. */
export function digestOf(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
