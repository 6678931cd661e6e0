import { z } from 'zod';
import { ISO_ALPHA2 } from './country-codes.js';

/** ISO 3166-1 user-assigned alpha-2 codes: AA, QM-QZ, XA-XZ and ZZ. Training scenarios use them. */
export function isUserAssignedCode(code: string): boolean {
  if (code === 'AA' || code === 'ZZ') return true;
  const [first, second] = code;
  if (first === 'X') return true;
  return first === 'Q' && second !== undefined && second >= 'M' && second <= 'Z';
}

/** True when `code` is an assigned ISO 3166-1 alpha-2 code or a user-assigned one. */
export function isKnownCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && (isUserAssignedCode(code) || ISO_ALPHA2.has(code));
}

/** A state: an ISO 3166-1 alpha-2 code from the i18n-iso-countries list (generated into country-codes.ts), or a user-assigned one. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/).refine(isKnownCountryCode, {
  error: issue =>
    `expected an ISO 3166-1 alpha-2 code in capitals (e.g. KE) or a user-assigned code (XA-XZ, QM-QZ, AA, ZZ); got ${JSON.stringify(issue.input)}`,
});

/** A calendar date written YYYY-MM-DD that exists. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isIsoDate, {
  error: issue => `expected a date written YYYY-MM-DD; got ${JSON.stringify(issue.input)}`,
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
