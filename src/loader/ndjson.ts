import { recordError } from './records.js';
import { validateRecord, type CheckedRecord } from './validate-record.js';
import { jsonSyntaxDiagnostic } from './json-syntax.js';
import { checkJsonKeys } from './json-keys.js';

/** Parses and validates one NDJSON line: the record, or an error at `file:line`. */
export function parseNdjsonLine(file: string, line: string, lineNumber: number): CheckedRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    // Parsed again only on failure, to say where: the common path pays for one parse.
    const syntax = jsonSyntaxDiagnostic(file, line, lineNumber) ?? { code: 'json-syntax', severity: 'error' as const, message: 'not valid JSON', location: { file, line: lineNumber } };
    return recordError(`${file}:${lineNumber}`, undefined, [{ ...syntax, hint: 'write one complete JSON object per line' }]);
  }
  const keys = checkJsonKeys(line, raw);
  if (keys) return recordError(`${file}:${lineNumber}`, undefined, [{ code: keys.code, severity: 'error', message: keys.message, hint: 'give each key once, and only record field names', location: { file, line: lineNumber, column: keys.column } }]);
  return validateRecord(raw, file, lineNumber);
}
