import { ISO_ALPHA2 } from './country-codes.js';

/*
 * Checks of single values (country codes, calendar dates, ids) as plain functions, without zod: the
 * engine and the fast record check use them, and so do the zod schemas in common.ts. Keeping them
 * apart lets an assessment run without loading zod at all.
 */

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
