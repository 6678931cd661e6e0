import type { z } from 'zod';
import { describeIssues } from '../schema/index.js';
import { formatPath, type Diagnostic } from '../diagnostics/index.js';
import type { LocatedDocument } from './yaml-document.js';

/** Validates the value at `base` of a located document; problems come back with line and column. */
export function validateAt<S extends z.ZodType>(
  schema: S,
  document: LocatedDocument,
  value: unknown,
  base: readonly (string | number)[] = [],
  code = 'schema',
): { value?: z.output<S>; diagnostics: Diagnostic[] } {
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(value, { reportInput: true });
  } catch (error) {
    // Nesting deep enough to exhaust the stack: refused with a position, never a crash.
    if (!(error instanceof RangeError)) throw error;
    return { diagnostics: [{ code, severity: 'error', message: 'the value is nested too deeply to check', hint: 'flatten the structure', location: document.locate(base) }] };
  }
  if (result.success) return { value: result.data, diagnostics: [] };
  const reports = describeIssues(schema, result.error.issues);
  const diagnostics = reports.map(report => {
    const atKey = report.message.startsWith('unknown key');
    return {
      code,
      severity: 'error' as const,
      message: report.message,
      hint: report.hint,
      // The path is relative to `base`: the source position already says which record it is.
      path: formatPath(report.path),
      location: document.locate([...base, ...report.path], atKey),
    };
  });
  return { diagnostics };
}
