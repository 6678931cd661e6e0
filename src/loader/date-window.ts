import type { Diagnostic } from '../diagnostics/index.js';
import type { SourcedRecord } from '../engine/index.js';
import { recordError, type RecordError } from './records.js';

/**
 * The dates a record may carry, inclusive, as YYYY-MM-DD. A date outside it is a typing mistake or a
 * forgery (year 0 lies before every embargo, so it would skip them all): the record is an error.
 */
export interface DateWindow {
  readonly earliest: string;
  /** Absent: no upper bound (the library default; the command line sets one a year after the assessment). */
  readonly latest?: string | undefined;
}

/** The lower bound of the default window. */
export const EARLIEST_DATE = '1900-01-01';

/** The default window for an assessment made on `assessedAt`: 1900-01-01 up to a year later. */
export function defaultWindow(assessedAt: string): DateWindow {
  const day = assessedAt.slice(0, 10);
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return { earliest: EARLIEST_DATE, latest: Number.isNaN(next.getTime()) ? undefined : next.toISOString().slice(0, 10) };
}

/** The record unchanged, or an error naming each of its dates outside the window. */
export function checkDates(entry: SourcedRecord, window: DateWindow): SourcedRecord | RecordError {
  const { record } = entry;
  // Every date the record carries: a licence decided, a shipment made or an authorization given in
  // year 0 is as implausible as an application dated then.
  const dates: [string, string][] = [
    ['date', record.date],
    ...(record.denials ?? []).map((denial, i): [string, string] => [`denials[${i}].date`, denial.date]),
    ...(record.licence ? [['licence.date', record.licence.date] as [string, string]] : []),
    ...(record.shipments ?? []).map((shipment, i): [string, string] => [`shipments[${i}].date`, shipment.date]),
    ...(record.authorizations ?? []).flatMap((authorization, i): [string, string][] => (authorization.date === undefined ? [] : [[`authorizations[${i}].date`, authorization.date]])),
  ];
  const problems: Diagnostic[] = [];
  for (const [path, date] of dates) {
    const outside = date < window.earliest ? `before ${window.earliest}` : window.latest !== undefined && date > window.latest ? `after ${window.latest}` : undefined;
    if (!outside) continue;
    const at = entry.origin.fields?.[path];
    problems.push({
      code: 'date-out-of-range',
      severity: 'error',
      message: `${date} is ${outside}, outside the plausible range`,
      hint: 'check the year; if the date is right, widen the range with --earliest-date / --latest-date',
      path,
      location: { file: entry.origin.file, line: at?.[0] ?? entry.origin.line, column: at?.[1] },
    });
  }
  return problems.length ? recordError(`${entry.origin.file}:${entry.origin.line}`, entry.record.id, problems) : entry;
}
