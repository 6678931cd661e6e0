import type { RecordResult } from '../engine/index.js';
import type { Report, ReportError, ReportHeader } from './model.js';

/**
 * A value written at the depth it has in the report, in one native pass: JSON.stringify indents a
 * value nested in `{ key: … }` (or `{ results: [ … ] }`) exactly as the report nests it, so the
 * wrapper's first and last lines are cut off instead of re-indenting the text with a regex.
 */
const field = (key: string, value: unknown): string => JSON.stringify({ [key]: value }, null, 2).slice(2, -2);
const RESULT_OPEN = '{\n  "results": [\n    '.length;
const RESULT_CLOSE = '\n  ]\n}'.length;

/*
 * The canonical JSON form, written in pieces so that a batch of any size streams with flat memory:
 * the header, then one result at a time, then the tail. Joined, the pieces are byte for byte what
 * JSON.stringify(report, null, 2) gives: keys in the model's order, two-space indent, a final newline.
 */


/** Everything before the first result, ending with `"results": [`. */
export function jsonHead(header: ReportHeader): string {
  const { tool, assessed_at, criteria_set, policy, criteria, disabled, context, inputs } = header;
  const fields = Object.entries({ tool, assessed_at, criteria_set, policy, criteria, disabled, context, inputs });
  return `{\n${fields.map(([key, value]) => `${field(key, value)},`).join('\n')}\n  "results": [`;
}

/** One result as an element of the results array. */
export function jsonResult(result: RecordResult, first: boolean): string {
  const text = JSON.stringify({ results: [result] }, null, 2);
  return `${first ? '' : ','}\n    ${text.slice(RESULT_OPEN, text.length - RESULT_CLOSE)}`;
}

/** Everything after the last result. */
export function jsonTail(errors: readonly ReportError[], summary: Report['summary'], notice: string, hadResults: boolean): string {
  const close = hadResults ? '\n  ]' : ']';
  const rest = Object.entries({ errors, summary, notice }).map(([key, value]) => field(key, value));
  return `${close},\n${rest.join(',\n')}\n}\n`;
}

/** The whole report as canonical JSON. */
export function renderJson(report: Report): string {
  return jsonHead(report) + report.results.map((r, i) => jsonResult(r, i === 0)).join('') + jsonTail(report.errors, report.summary, report.notice, report.results.length > 0);
}
