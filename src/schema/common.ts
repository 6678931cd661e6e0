import { z } from 'zod';
import countries from 'i18n-iso-countries';
import { quoteToken } from './quote.js';

/** ISO 3166-1 user-assigned alpha-2 codes: AA, QM-QZ, XA-XZ and ZZ. Training scenarios use them. */
export function isUserAssignedCode(code: string): boolean {
  if (code === 'AA' || code === 'ZZ') return true;
  const [first, second] = code;
  if (first === 'X') return true;
  return first === 'Q' && second !== undefined && second >= 'M' && second <= 'Z';
}

/** True when `code` is an assigned ISO 3166-1 alpha-2 code or a user-assigned one. */
export function isKnownCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && (isUserAssignedCode(code) || countries.isValid(code));
}

/** A state: an ISO 3166-1 alpha-2 code checked against the maintained i18n-iso-countries list. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/).refine(isKnownCountryCode, {
  error: issue =>
    `expected an ISO 3166-1 alpha-2 code in capitals (e.g. KE) or a user-assigned code (XA-XZ, QM-QZ, AA, ZZ); got ${quoteToken(issue.input)}`,
});

/** A calendar date written YYYY-MM-DD that exists. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isIsoDate, {
  error: issue => `expected a date written YYYY-MM-DD; got ${quoteToken(issue.input)}`,
});

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** Lower-case words joined by hyphens: ids, measures, flags. */
export const KebabSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'expected lower-case words joined by hyphens, e.g. post-shipment-verification',
});

/** A non-empty string. */
export const TextSchema = z.string().min(1, { error: 'expected a non-empty text' });

// Format and control characters, and the default-ignorable letters that render as nothing (Hangul
// fillers, Khmer inherent vowels, Mongolian and other variation selectors).
const INVISIBLE = /\p{Cf}|\p{Cc}|\p{Variation_Selector}|\u034f|\u115f|\u1160|\u17b4|\u17b5|\u3164|\uffa0/gu;

/**
 * An application id as atra compares it: Unicode NFC, format and control characters and other
 * invisible code points removed, every run of white space one space, trimmed. Two ids that look the
 * same are the same id, so `APP-1` and `APP-1\u200b ` cannot pass as two applications.
 */
export function normaliseId(id: string): string {
  return id
    .normalize('NFC')
    .replace(INVISIBLE, char => (/\s/.test(char) ? ' ' : ''))
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A record id: normalised (see `normaliseId`), then required to be non-empty. */
export const IdSchema = z.string().overwrite(normaliseId).min(1, { error: 'expected a non-empty id (after removing invisible characters and surrounding spaces)' });
