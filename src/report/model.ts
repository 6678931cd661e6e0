import { DECISIONS, type Decision } from '../schema/index.js';
import type { RecordResult } from '../engine/index.js';
import type { Diagnostic, Severity } from '../diagnostics/index.js';

/** One error entry of the report: a record that could not be assessed. */
export interface ReportError {
  readonly source: string;
  readonly id?: string | undefined;
  /** Every problem, worded as one text (`file:line  error  code  message Fix: hint`). */
  readonly message: string;
  /** The same problems as fields, for a machine: what `atra lint --format json` gives for a file. */
  readonly problems?: readonly ReportProblem[] | undefined;
}

/** One problem of an error entry, with the fields and key order of a lint problem. */
export interface ReportProblem {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly hint?: string;
  readonly path?: string;
  readonly location?: { readonly file: string; readonly line: number; readonly column?: number };
}

/** An error entry from a record's diagnostics: the worded message and the same problems as fields. */
export function reportError(source: string, id: string | undefined, message: string, diagnostics: readonly Diagnostic[]): ReportError {
  const problems = diagnostics.map(({ code, severity, message: text, hint, path, location }): ReportProblem => ({
    code,
    severity,
    message: text,
    ...(hint === undefined ? {} : { hint }),
    ...(path === undefined ? {} : { path }),
    ...(location === undefined ? {} : { location: { file: location.file, line: location.line, ...(location.column === undefined ? {} : { column: location.column }) } }),
  }));
  return { source, id, message, ...(problems.length ? { problems } : {}) };
}

/** The JSON report (contract §4, plus what an auditor needs to re-run it). */
export interface Report {
  readonly tool: { readonly name: 'atra'; readonly version: string };
  readonly assessed_at: string;
  readonly criteria_set: { readonly id: string; readonly version: string; readonly title: string };
  readonly policy: { readonly id: string; readonly version: string };
  readonly criteria: readonly { readonly id: string; readonly version: string; readonly sha256: string; readonly file: string; readonly kind: string }[];
  readonly disabled: readonly { readonly id: string; readonly reason: string }[];
  readonly context: readonly { readonly file: string; readonly as_of: string; readonly sha256: string }[];
  readonly inputs: readonly { readonly file: string; readonly sha256: string }[];
  readonly results: readonly RecordResult[];
  readonly errors: readonly ReportError[];
  readonly summary: {
    readonly records: number;
    readonly assessed: number;
    readonly errors: number;
    readonly decisions: Readonly<Record<Decision, number>>;
  };
  readonly notice: string;
}

/** Everything but results and errors: the provenance a report carries. */
export type ReportHeader = Omit<Report, 'results' | 'errors' | 'summary'>;

/** Builds the report. `records = assessed + errors` holds by construction. */
export function buildReport(header: ReportHeader, results: readonly RecordResult[], errors: readonly ReportError[]): Report {
  // Keys in a fixed order, the contract's first: the canonical JSON depends on it.
  const { tool, assessed_at, criteria_set, policy, criteria, disabled, context, inputs, notice } = header;
  return { tool, assessed_at, criteria_set, policy, criteria, disabled, context, inputs, results, errors, summary: summarise(countDecisions(results), errors.length), notice };
}

/** Every decision at zero: counts that consumers can read without defaults. */
export function emptyDecisionCounts(): Record<Decision, number> {
  return Object.fromEntries(DECISIONS.map(d => [d, 0])) as Record<Decision, number>;
}

/** Counts the decisions of a list of results. */
export function countDecisions(results: readonly { decision: Decision }[]): Record<Decision, number> {
  const decisions = emptyDecisionCounts();
  for (const result of results) decisions[result.decision] += 1;
  return decisions;
}

/** The report summary from decision counts and the number of errors: records = assessed + errors. */
export function summarise(decisions: Readonly<Record<Decision, number>>, errors: number): Report['summary'] {
  const assessed = DECISIONS.reduce((sum, d) => sum + decisions[d], 0);
  return { records: assessed + errors, assessed, errors, decisions: { ...decisions } };
}
