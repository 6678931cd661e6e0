import { z } from 'zod';
import { ISO_ALPHA2 } from './country-codes.js';
import { suggestCountryCode } from './country-hints.js';
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
  return /^[A-Z]{2}$/.test(code) && (isUserAssignedCode(code) || ISO_ALPHA2.has(code));
}

const COUNTRY_CODE_FORM = 'an ISO 3166-1 alpha-2 code in capitals (e.g. KE) or a user-assigned code (XA-XZ, QM-QZ, AA, ZZ)';

/** "did you mean" for a country code that is not one, or nothing when there is no confident guess. */
function countryHint(input: unknown): string | undefined {
  const guess = typeof input === 'string' ? suggestCountryCode(input, isKnownCountryCode) : undefined;
  return guess ? `did you mean "${guess}"?` : undefined;
}

/**
 * A state: an ISO 3166-1 alpha-2 code checked against the i18n-iso-countries list (generated into country-codes.ts). One
 * problem gives one message: the form check stops there (abort), so the list check does not repeat it.
 */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { abort: true, error: issue => withHint(`expected ${COUNTRY_CODE_FORM}; got ${quoteToken(issue.input)}`, countryHint(issue.input)) })
  .superRefine((code, context) => {
    if (isKnownCountryCode(code)) return;
    context.addIssue({ code: 'custom', input: code, message: `"${code}" is not an ISO 3166-1 alpha-2 country code`, params: { hint: countryHint(code) ?? `write ${COUNTRY_CODE_FORM}` } });
  });

/**
 * A calendar date written YYYY-MM-DD that exists: "2026-02-30" is told it is not a real date, not
 * that it is badly written.
 */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { abort: true, error: issue => `expected a date written YYYY-MM-DD; got ${quoteToken(issue.input)}` })
  .superRefine((value, context) => {
    const problem = calendarProblem(value);
    if (problem) context.addIssue({ code: 'custom', input: value, message: `${value} is not a real date: ${problem}`, params: { hint: 'check the day and month' } });
  });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a YYYY-MM-DD string is not a day of the calendar, or undefined when it is one. */
export function calendarProblem(value: string): string | undefined {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `there is no month ${String(month).padStart(2, '0')}`;
  // Proleptic Gregorian leap years, without a Date: Date.UTC would read the years 0-99 as 1900-1999.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day < 1 || day > days) return `${MONTHS[month - 1] ?? ''} ${year} has ${days} days`;
  return undefined;
}

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && calendarProblem(value) === undefined;
}

function withHint(message: string, hint: string | undefined): string {
  return hint ? `${message} (${hint})` : message;
}

/** Lower-case words joined by hyphens: ids, measures, flags. */
export const KebabSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: issue => {
    const written = String(issue.input);
    const kebab = written.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    if (!kebab || kebab === written) return 'expected lower-case words joined by hyphens, e.g. post-shipment-verification';
    return withHint(`expected lower-case words joined by hyphens; got ${JSON.stringify(written)}`, `write "${kebab}"`);
  },
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
