import { parse as parseCsv } from 'csv-parse/sync';
import { Chalk } from 'chalk';
import type { Decision } from '../schema/index.js';
import { assessRecord, type RecordResult, type SourcedRecord } from '../engine/index.js';
import { parseNdjsonLine } from '../loader/index.js';
import { recordError, type RecordError } from '../loader/index.js';
import { rowToRecord, type CsvColumn } from '../loader/index.js';
import { validateRecord, type CheckedRecord } from '../loader/index.js';
import { checkDates, EARLIEST_DATE, type DateWindow } from '../loader/index.js';
import { htmlResult, jsonResult, markdownResult, renderTextResult, reportError, type ReportError } from '../report/index.js';
import type { Setup } from '../loader/index.js';
import { compactLine, csvRow } from './batch-formats.js';
import { decodeUnitBytes } from './unit-decoding.js';

/** A batch of raw input: the unit of work a worker thread takes. Plain data, so it can be posted. */
export type Unit =
  | { readonly kind: 'ndjson'; readonly file: string; readonly firstLine: number; readonly lines: readonly string[] }
  | { readonly kind: 'csv'; readonly file: string; readonly firstLine: number; readonly text: string; readonly columns: readonly CsvColumn[]; readonly bom: boolean }
  | { readonly kind: 'parsed'; readonly items: readonly (SourcedRecord | RecordError)[] }
  /** Raw UTF-8 CSV bytes of whole records (see `csvByteUnits`), decoded where the unit is processed. */
  | { readonly kind: 'csv-bytes'; readonly file: string; readonly firstLine: number; readonly byteOffset: number; readonly bytes: Uint8Array; readonly columns: readonly CsvColumn[] };

/** How each result is written: the report format, or `object` to keep the result itself. */
export type ItemFormat = 'json' | 'ndjson' | 'csv' | 'text' | 'markdown' | 'html' | 'object';

/** One record's outcome, serialised for the output (not a transfer `Item` of the schema). */
export type OutputItem =
  | { readonly kind: 'result'; readonly id: string; readonly source: string; readonly decision: Decision; readonly text: string | Uint8Array; readonly result?: RecordResult }
  | { readonly kind: 'error'; readonly error: ReportError };

/** Parses, validates, assesses and serialises one unit. Pure but for the setup it is given (and zod, loaded to word a record's error). */
export async function processUnit(unit: Unit, setup: Setup, format: ItemFormat, colour = false, window: DateWindow = { earliest: EARLIEST_DATE }): Promise<OutputItem[]> {
  const parsed = await parseUnit(unit, window);
  const chalk = new Chalk({ level: colour ? 1 : 0 });
  return parsed.map(entry => {
    if (!('record' in entry)) return { kind: 'error', error: reportError(entry.source, entry.id, entry.message, entry.diagnostics) };
    // Batch summaries (NDJSON, CSV) carry evidence only for triggered and unknown findings.
    const result = assessRecord(setup.compiled, entry, setup.context, { detail: format === 'ndjson' || format === 'csv' ? 'compact' : 'full', asOf: setup.asOf });
    const base = { kind: 'result' as const, id: result.id, source: result.source, decision: result.decision };
    switch (format) {
      case 'object':
        return { ...base, text: '', result };
      case 'json':
        return { ...base, text: jsonResult(result, true) };
      case 'ndjson':
        return { ...base, text: compactLine(result) };
      case 'csv':
        return { ...base, text: csvRow(result) };
      case 'text':
        return { ...base, text: renderTextResult(result, chalk) };
      case 'markdown':
        return { ...base, text: markdownResult(result) };
      case 'html':
        return { ...base, text: htmlResult(result) };
    }
  });
}

/**
 * The errors for a unit that could not be processed (its worker ran out of memory, say): one per
 * record, so none is lost. The unit is parsed again here to find its records; if even that fails,
 * the unit becomes one error at its first line.
 */
export async function failedUnit(unit: Unit, reason: string, window?: DateWindow): Promise<OutputItem[]> {
  let entries: readonly (SourcedRecord | RecordError)[];
  try {
    entries = await parseUnit(unit, window);
  } catch {
    const source = unit.kind === 'parsed' ? (unit.items[0] && 'origin' in unit.items[0] ? `${unit.items[0].origin.file}:${unit.items[0].origin.line}` : (unit.items[0]?.source ?? '<input>')) : `${unit.file}:${unit.firstLine}`;
    return [{ kind: 'error', error: { source, message: `these records could not be assessed: ${reason}` } }];
  }
  return entries.map(entry =>
    'record' in entry
      ? { kind: 'error', error: { source: `${entry.origin.file}:${entry.origin.line}`, id: entry.record.id, message: `the record could not be assessed: ${reason}` } }
      : { kind: 'error', error: reportError(entry.source, entry.id, entry.message, entry.diagnostics) },
  );
}

/**
 * Parses and validates a unit's records, in input order, without assessing them; dates must lie in
 * `window`. It waits only when a record fails the compiled checks and zod words its error.
 */
export async function parseUnit(unit: Unit, window: DateWindow = { earliest: EARLIEST_DATE }): Promise<readonly (SourcedRecord | RecordError)[]> {
  const checked: readonly CheckedRecord[] = unit.kind === 'ndjson' ? parseNdjsonUnit(unit) : unit.kind === 'csv' ? parseCsvUnit(unit) : unit.kind === 'csv-bytes' ? parseCsvUnit(decodeCsvUnit(unit)) : unit.items;
  // Only a record that failed the compiled checks is a promise; all are awaited together, so that one
  // failing (a fault in the zod path) fails the unit once and leaves no rejection unhandled.
  const settled = checked.some(entry => entry instanceof Promise) ? await Promise.all(checked.map(entry => Promise.resolve(entry))) : (checked as readonly (SourcedRecord | RecordError)[]);
  return settled.map(entry => ('record' in entry ? checkDates(entry, window) : entry));
}

function parseNdjsonUnit(unit: Extract<Unit, { kind: 'ndjson' }>): CheckedRecord[] {
  const out: CheckedRecord[] = [];
  unit.lines.forEach((line, index) => {
    const text = index === 0 && unit.firstLine === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    if (text.trim() !== '') out.push(parseNdjsonLine(unit.file, text.endsWith('\r') ? text.slice(0, -1) : text, unit.firstLine + index));
  });
  return out;
}

/** Decodes a unit of raw CSV bytes into the text unit the same records make; throws `DecodeError`. */
export function decodeCsvUnit(unit: Extract<Unit, { kind: 'csv-bytes' }>): Extract<Unit, { kind: 'csv' }> {
  return { kind: 'csv', file: unit.file, firstLine: unit.firstLine, text: decodeUnitBytes(unit.bytes, unit), columns: unit.columns, bom: false };
}

/**
 * Parses a run of whole CSV records with csv-parse. A row with the wrong number of fields, or a quote
 * error, becomes an error at its own `file:row`; the rows around it go on.
 */
function parseCsvUnit(unit: Extract<Unit, { kind: 'csv' }>): CheckedRecord[] {
  const out: { line: number; entry: CheckedRecord }[] = [];
  let lastEnd = unit.firstLine - 1;
  let lastRecordEnd = lastEnd;
  const at = (line: number): string => `${unit.file}:${line}`;
  const rows = parseCsv(unit.text, {
    bom: unit.bom,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    // Runs in parse order, so a skipped row knows where the previous record ended.
    on_record: (record: string[], context: { lines: number }) => {
      lastRecordEnd = unit.firstLine - 1 + context.lines;
      return record;
    },
    on_skip: error => {
      lastEnd = Math.max(lastEnd, lastRecordEnd);
      const start = lastEnd + 1;
      const end = unit.firstLine - 1 + Number(error?.lines ?? 1);
      const span = end > start ? ` (lines ${start}-${end} read as one unterminated quoted field; fix the quote to recover the rows in it)` : '';
      // csv-parse counts lines from the start of this unit; say them from the start of the file.
      const message = (error?.message ?? 'unreadable row').replace(/at line (\d+)/, (_, n: string) => `at line ${unit.firstLine - 1 + Number(n)}`);
      out.push({ line: start, entry: csvError(at(start), start, unit.file, `${message}${span}`, 'close or escape the quote ("" inside a quoted field)') });
      lastEnd = end;
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  for (const { record: cells, info } of rows) {
    const end = unit.firstLine - 1 + info.lines;
    const line = end - newlinesIn(cells);
    lastEnd = end;
    if (cells.length !== unit.columns.length) {
      out.push({ line, entry: csvError(at(line), line, unit.file, `row has ${cells.length} fields; the header has ${unit.columns.length}`, 'give every row one field per header column (empty for unknown)') });
      continue;
    }
    out.push({ line, entry: validateRecord(rowToRecord(unit.columns, cells), unit.file, line) });
  }
  return out.sort((a, b) => a.line - b.line).map(o => o.entry);
}

function csvError(source: string, line: number, file: string, message: string, hint: string): RecordError {
  return recordError(source, undefined, [{ code: 'csv', severity: 'error', message, hint, location: { file, line } }]);
}


/** Newlines inside quoted fields: how many lines a record spans beyond its first. */
function newlinesIn(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) count += 1;
  return count;
}
