import type { SourcedRecord } from '../engine/index.js';
import { recordError, type RecordError } from './records.js';
import { validateRecord } from './validate-record.js';
import { checkJsonKeys } from './json-keys.js';

/** Parses and validates one NDJSON line: the record, or an error at `file:line`. */
export function parseNdjsonLine(file: string, line: string, lineNumber: number): SourcedRecord | RecordError {
  const location = { file, line: lineNumber };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return recordError(`${file}:${lineNumber}`, undefined, [{ code: 'json-syntax', severity: 'error', message: `not valid JSON: ${message}`, hint: 'write one JSON object per line', location }]);
  }
  const keys = checkJsonKeys(line, raw);
  if (keys) return recordError(`${file}:${lineNumber}`, undefined, [{ code: keys.code, severity: 'error', message: keys.message, hint: 'give each key once, and only record field names', location: { file, line: lineNumber, column: keys.column } }]);
  return validateRecord(raw, file, lineNumber);
}
