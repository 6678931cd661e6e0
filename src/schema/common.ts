import { z } from 'zod';
import { suggestCountryCode } from './country-hints.js';
import { quoteToken } from './quote.js';
import { calendarProblem, isKnownCountryCode, normaliseId } from './value-checks.js';

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

/** A record id: normalised (see `normaliseId`), then required to be non-empty. */
export const IdSchema = z.string().overwrite(normaliseId).min(1, { error: 'expected a non-empty id (after removing invisible characters and surrounding spaces)' });
