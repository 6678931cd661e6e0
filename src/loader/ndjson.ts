import { TransferRecordSchema, describeIssues } from '../schema/index.js';
import { formatPath, type Diagnostic } from '../diagnostics/index.js';
import type { SourcedRecord } from '../engine/index.js';
import { recordError, type LoadedRecords, type RecordError } from './records.js';
import type { SourceText } from './source.js';

/** Loads NDJSON: one record a line; blank lines are skipped; each bad line is its own error. */
export function loadRecordsFromNdjson(source: SourceText): LoadedRecords {
  const records: SourcedRecord[] = [];
  const errors: RecordError[] = [];
  source.text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const result = parseNdjsonLine(source.file, line, index + 1);
    if ('record' in result) records.push(result);
    else errors.push(result);
  });
  return { records, errors, unreadable: false };
}

/** Parses and validates one NDJSON line. Shared with the streaming reader. */
export function parseNdjsonLine(file: string, line: string, lineNumber: number): SourcedRecord | RecordError {
  const location = { file, line: lineNumber };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return recordError(`${file}:${lineNumber}`, undefined, [{ code: 'json-syntax', severity: 'error', message: `not valid JSON: ${message}`, hint: 'write one JSON object per line', location }]);
  }
  const result = TransferRecordSchema.safeParse(raw, { reportInput: true });
  if (result.success) return { record: result.data, origin: { file, line: lineNumber } };
  const diagnostics: Diagnostic[] = describeIssues(TransferRecordSchema, result.error.issues).map(report => ({
    code: 'record',
    severity: 'error',
    message: report.message,
    hint: report.hint,
    path: formatPath(report.path),
    location,
  }));
  const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw).id) : undefined;
  return recordError(`${file}:${lineNumber}`, id, diagnostics);
}
