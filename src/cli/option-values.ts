import { InvalidArgumentError } from 'commander';
import { calendarProblem } from '../schema/index.js';

/**
 * Parsers for option values, given to commander so a bad value is a usage error (exit 2) before any
 * work starts, never a value written into a report.
 */

/** `YYYY-MM-DD`, a real calendar date. */
export function parseDateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('expected a date written YYYY-MM-DD, e.g. 2026-03-14.');
  const problem = calendarProblem(value);
  if (problem) throw new InvalidArgumentError(`${value} is not a real date: ${problem}.`);
  return value;
}

/** An ISO 8601 date or date-time with a time zone (`2026-03-14`, `2026-03-14T09:30:00Z`), as written. */
export function parseTimestampOption(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/.exec(value);
  if (!match?.[1] || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected an ISO 8601 date or date-time with a time zone, e.g. 2026-03-14 or 2026-03-14T09:30:00Z.');
  const problem = calendarProblem(match[1]);
  if (problem) throw new InvalidArgumentError(`${match[1]} is not a real date: ${problem}.`);
  return value;
}

/** A whole number, zero or more. */
export function parseCountOption(value: string): string {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, e.g. 0.');
  return value;
}

/** A whole number of worker threads, or `auto`. */
export function parseJobsOption(value: string): string {
  if (value !== 'auto' && !/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number or auto, e.g. --jobs 2.');
  return value;
}

/** An absolute http(s) URL. */
export function parseUrlOption(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('expected an absolute URL, e.g. https://github.com/ORG/atra/blob/main/docs/codes.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidArgumentError('expected an http or https URL.');
  return value;
}
