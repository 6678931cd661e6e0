import type { DiagnosticCode } from '../diagnostics/index.js';

/**
 * What kind of problem an issue is, by its structure (never by its wording), so a loader can give it
 * a code: a key the schema lacks, a required field that is absent, or any other mismatch.
 */
export type IssueKind = 'unknown-key' | 'missing' | 'invalid';

/** One readable problem found by a zod schema, with the path it is about. */
export interface IssueReport {
  readonly path: readonly (string | number)[];
  readonly kind: IssueKind;
  readonly message: string;
  readonly hint?: string | undefined;
  /** The code a refinement asked for (`params: { code }`), e.g. `basis-format`; otherwise the loader decides. */
  readonly code?: DiagnosticCode | undefined;
}

/** Params a refinement may attach to its issue: a fix hint and the diagnostic code it stands for. */
export interface IssueParams {
  readonly hint?: string | undefined;
  readonly code?: DiagnosticCode | undefined;
}
