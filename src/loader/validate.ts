import type { z } from 'zod';
import { describeIssues, type IssueReport } from '../schema/index.js';
import { formatPath, type Diagnostic, type DiagnosticCode } from '../diagnostics/index.js';
import type { LocatedDocument } from './yaml-document.js';

/**
 * Which code a schema problem gets, decided by the problem's kind and path, never by its wording: a
 * refinement's own code (e.g. `basis-format`) first, then an unknown key, then a missing field by its
 * top-level key, then `fallback`.
 */
export interface IssueCodes {
  readonly fallback: DiagnosticCode;
  readonly unknownKey?: DiagnosticCode | undefined;
  /** Codes for required fields by their first path segment, e.g. `{ question: 'missing-question' }`. */
  readonly missing?: Readonly<Record<string, DiagnosticCode>> | undefined;
}

/** The codes of criteria, policies, sets and the files lint checks: unknown keys get their own code. */
export const SCHEMA_CODES: IssueCodes = { fallback: 'schema', unknownKey: 'unknown-key' };

/** A criterion file: its officer question and its explanations have codes of their own when missing. */
export const CRITERION_CODES: IssueCodes = { ...SCHEMA_CODES, missing: { question: 'missing-question', explain: 'missing-explanation' } };

/** The code of one schema problem under `codes`. */
export function codeOf(report: IssueReport, codes: IssueCodes): DiagnosticCode {
  if (report.code) return report.code;
  if (report.kind === 'unknown-key' && codes.unknownKey) return codes.unknownKey;
  const top = report.path[0];
  const missing = report.kind === 'missing' && top !== undefined && codes.missing ? codes.missing[String(top)] : undefined;
  return missing ?? codes.fallback;
}

/**
 * Validates the value at `base` of a located document; problems come back with line and column.
 * `codes` is the code of the file kind (e.g. `context`), for every problem but an unknown key, which
 * is `unknown-key` in every file; or a full `IssueCodes`.
 */
export function validateAt<S extends z.ZodType>(
  schema: S,
  document: LocatedDocument,
  value: unknown,
  base: readonly (string | number)[] = [],
  codes: DiagnosticCode | IssueCodes = SCHEMA_CODES,
): { value?: z.output<S>; diagnostics: Diagnostic[] } {
  const table: IssueCodes = typeof codes === 'string' ? { fallback: codes, unknownKey: 'unknown-key' } : codes;
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(value, { reportInput: true });
  } catch (error) {
    // Nesting deep enough to exhaust the stack: refused with a position, never a crash.
    if (!(error instanceof RangeError)) throw error;
    return { diagnostics: [{ code: table.fallback, severity: 'error', message: 'the value is nested too deeply to check', hint: 'flatten the structure', location: document.locate(base) }] };
  }
  if (result.success) return { value: result.data, diagnostics: [] };
  const reports = describeIssues(schema, result.error.issues);
  const diagnostics = reports.map(report => ({
    code: codeOf(report, table),
    severity: 'error' as const,
    message: report.message,
    hint: report.hint,
    // The path is relative to `base`: the source position already says which record it is.
    path: formatPath(report.path),
    location: document.locate([...base, ...report.path], report.kind === 'unknown-key'),
  }));
  return { diagnostics };
}
