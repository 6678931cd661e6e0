import { describeIssues, fastRecord } from '../schema/index.js';
import { formatPath, type Diagnostic } from '../diagnostics/index.js';
import type { SourcedRecord } from '../engine/index.js';
import { recordError, type RecordError } from './records.js';

/** A record checked now, or (when it fails the compiled checks) once zod has loaded to word its error. */
export type CheckedRecord = SourcedRecord | RecordError | Promise<SourcedRecord | RecordError>;

/**
 * Validates one raw record from a line-based format (an NDJSON line, a CSV row): the record with its
 * origin, or an error at `file:line` listing every problem. YAML and JSON documents use
 * `loadRecordsFromYaml`, which can point at columns too.
 *
 * The compiled checks accept a sound record at once, without zod. Any other record goes to zod, which
 * decides and words the error: zod and the schemas load then, on first need, so that answer comes as
 * a promise. A batch of sound records never loads zod.
 */
export function validateRecord(raw: unknown, file: string, line: number): CheckedRecord {
  const record = fastRecord(raw);
  if (record) return { record, origin: { file, line } };
  return import('./schemas.js').then(({ TransferRecordSchema }): SourcedRecord | RecordError => {
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
  });
}
