import type { DiagnosticCode, Severity } from './codes.js';

/** A place in a source file, 1-based. `column` is absent for row-based sources such as CSV. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column?: number | undefined;
}

/**
 * A user mistake, as a value: what is wrong, where, and how to fix it. Loaders and the compiler
 * return these instead of throwing, so that an author sees every problem in one pass.
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly hint?: string | undefined;
  readonly location?: SourceLocation | undefined;
  /** The field path inside the document, e.g. `items[0].category`. */
  readonly path?: string | undefined;
}

/** `file:line:col`, `file:line`, or just `file`. */
export function formatLocation(location: SourceLocation): string {
  const column = location.column === undefined ? '' : `:${location.column}`;
  return `${location.file}:${location.line}${column}`;
}

/** One line per problem: `file:line:col  error  code  path: message (hint)`. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.location ? formatLocation(diagnostic.location) : '<input>';
  const path = diagnostic.path ? `${diagnostic.path}: ` : '';
  const hint = diagnostic.hint ? ` Fix: ${diagnostic.hint}` : '';
  return `${where}  ${diagnostic.severity}  ${diagnostic.code}  ${path}${diagnostic.message}${hint}`;
}

/** Orders diagnostics by file, line, column and code, so output is stable in CI. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fa = a.location?.file ?? '';
  const fb = b.location?.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const la = a.location?.line ?? 0;
  const lb = b.location?.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.location?.column ?? 0;
  const cb = b.location?.column ?? 0;
  if (ca !== cb) return ca - cb;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** Renders a field path as `items[0].category`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
