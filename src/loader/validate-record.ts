import { TransferRecordSchema, describeIssues, fastRecord } from '../schema/index.js';
import { formatPath, type Diagnostic } from '../diagnostics/index.js';
import type { SourcedRecord } from '../engine/index.js';
import { recordError, type RecordError } from './records.js';

/**
 * Validates one raw record from a line-based format (an NDJSON line, a CSV row): the record with its
 * origin, or an error at `file:line` listing every problem. YAML and JSON documents use
 * `loadRecordsFromYaml`, which can point at columns too.
 */
export function validateRecord(raw: unknown, file: string, line: number): SourcedRecord | RecordError {
  // The compiled checks accept a sound record without zod; zod decides the rest and words the error.
  const record = fastRecord(raw);
  if (record) return { record, origin: { file, line } };
  let result: ReturnType<typeof TransferRecordSchema.safeParse>;
  try {
    result = TransferRecordSchema.safeParse(raw, { reportInput: true });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return recordError(`${file}:${line}`, undefined, [{ code: 'record', severity: 'error', message: 'the record is nested too deeply to check', hint: 'flatten the structure', location: { file, line } }]);
  }
  if (result.success) return { record: result.data, origin: { file, line } };
  const diagnostics: Diagnostic[] = describeIssues(TransferRecordSchema, result.error.issues).map(report => ({
    code: 'record',
    severity: 'error',
    message: report.message,
    hint: report.hint,
    path: formatPath(report.path),
    location: { file, line },
  }));
  const id = raw && typeof raw === 'object' && 'id' in raw ? (raw).id : undefined;
  return recordError(`${file}:${line}`, typeof id === 'string' || typeof id === 'number' ? String(id) : undefined, diagnostics);
}
