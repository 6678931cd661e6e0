import { parse as parseCsv } from 'csv-parse/sync';
import type { Limits } from '../loader/index.js';
import { mapHeader, type CsvColumn } from '../loader/index.js';
import { UNIT_SIZE, csvLineTooLong as lineTooLong, csvRecordTooLarge as recordTooLarge, type InputRead } from './input-units.js';
import type { Unit } from './units.js';

/**
 * Cuts CSV text at record boundaries: newlines outside quotes. The cutting is a plain character scan,
 * so the parsing itself (csv-parse) can run in the workers, in parallel.
 */
export async function* csvUnits(file: string, texts: AsyncIterable<string>, read: InputRead, limits: Limits, unitSize = UNIT_SIZE): AsyncGenerator<Unit> {
  let pending = '';
  let scanned = 0;
  let inQuotes = false;
  let boundaries: number[] = [];
  let line = 1;
  let lineStart = 0;
  let columns: readonly CsvColumn[] | undefined;
  const take = (upTo: number): { text: string; firstLine: number } => {
    const text = pending.slice(0, upTo);
    const firstLine = line;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) line += 1;
    pending = pending.slice(upTo);
    boundaries = boundaries.map(b => b - upTo).filter(b => b > 0);
    scanned -= upTo;
    lineStart -= upTo;
    return { text, firstLine };
  };
  const flushHeader = (upTo: number): boolean => {
    const { text, firstLine } = take(upTo);
    columns = readCsvHeader(text, file, firstLine, limits, read);
    return columns !== undefined;
  };
  for await (const text of texts) {
    pending += text;
    for (; scanned < pending.length; scanned++) {
      const code = pending.charCodeAt(scanned);
      if (code === 34) inQuotes = !inQuotes;
      else if (code === 10) {
        // Every line and record is held to the limits, not only the one still arriving.
        if (scanned - lineStart > limits.maxLineChars) throw lineTooLong(line + countLf(pending, 0, lineStart), limits);
        if (!inQuotes) {
          const recordStart = boundaries.at(-1) ?? 0;
          if (scanned - recordStart > limits.maxRecordChars) throw recordTooLarge(line + countLf(pending, 0, recordStart), limits);
          boundaries.push(scanned + 1);
        }
        lineStart = scanned + 1;
      }
    }
    const recordStart = boundaries.at(-1) ?? 0;
    if (pending.length - lineStart > limits.maxLineChars) throw lineTooLong(line + countLf(pending, 0, lineStart), limits);
    if (pending.length - recordStart > limits.maxRecordChars) throw recordTooLarge(line + countLf(pending, 0, recordStart), limits);
    if (!columns && boundaries.length && !flushHeader(boundaries[0] ?? 0)) return;
    // A 1 MB chunk holds thousands of rows: cut it into units of `unitSize` records each.
    while (columns && boundaries.length >= unitSize) {
      const cut = take(boundaries[unitSize - 1] ?? 0);
      yield { kind: 'csv', file, firstLine: cut.firstLine, text: cut.text, columns, bom: false };
    }
  }
  if (!columns && pending.trim() !== '' && !flushHeader(pending.length)) return;
  if (columns && pending.trim() !== '') {
    const rest = take(pending.length);
    yield { kind: 'csv', file, firstLine: rest.firstLine, text: rest.text, columns, bom: false };
  }
}

/**
 * Reads the header row (one row, so it is parsed on the main thread): the columns, or undefined with
 * the reason in `read.fatal`.
 */
export function readCsvHeader(text: string, file: string, firstLine: number, limits: Limits, read: InputRead): readonly CsvColumn[] | undefined {
  let rows: string[][];
  try {
    rows = parseCsv(text, { relax_column_count: true });
  } catch (error) {
    read.fatal = [{ code: 'csv-header', severity: 'error', message: `the header row cannot be read: ${firstSentence(error)}`, hint: 'the first row must name the columns, e.g. id,date,items[0].category', location: { file, line: firstLine } }];
    return undefined;
  }
  const mapped = mapHeader(rows[0] ?? [], file, firstLine, limits.maxListIndex);
  if (!mapped.columns) read.fatal = mapped.diagnostics;
  return mapped.columns;
}

function countLf(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}

function firstSentence(error: unknown): string {
  return ((error as Error).message.split('\n')[0] ?? '').slice(0, 200);
}

