import type { RecordResult } from '../engine/index.js';
import type { Report, ReportError, ReportHeader } from './model.js';
import { stringifyAt } from './json-indent.js';

/*
 * The canonical JSON form, written in pieces so that a batch of any size streams with flat memory:
 * the header, then one result at a time, then the tail. Joined, the pieces are byte for byte what
 * JSON.stringify(report, null, 2) gives: keys in the model's order, two-space indent, a final newline.
 */


/** Everything before the first result, ending with `"results": [`. */
export function jsonHead(header: ReportHeader): string {
  const { tool, assessed_at, criteria_set, policy, criteria, disabled, context, inputs } = header;
  const fields = Object.entries({ tool, assessed_at, criteria_set, policy, criteria, disabled, context, inputs });
  return `{\n${fields.map(([key, value]) => `  ${JSON.stringify(key)}: ${stringifyAt(value, '  ')},`).join('\n')}\n  "results": [`;
}

/** One result as an element of the results array. */
export function jsonResult(result: RecordResult, first: boolean): string {
  return `${first ? '' : ','}\n    ${stringifyAt(result, '    ')}`;
}

/** Everything after the last result. */
export function jsonTail(errors: readonly ReportError[], summary: Report['summary'], notice: string, hadResults: boolean): string {
  const close = hadResults ? '\n  ]' : ']';
  const rest = Object.entries({ errors, summary, notice }).map(([key, value]) => `  ${JSON.stringify(key)}: ${stringifyAt(value, '  ')}`);
  return `${close},\n${rest.join(',\n')}\n}\n`;
}

/** The whole report as canonical JSON. */
export function renderJson(report: Report): string {
  return jsonHead(report) + report.results.map((r, i) => jsonResult(r, i === 0)).join('') + jsonTail(report.errors, report.summary, report.notice, report.results.length > 0);
}
