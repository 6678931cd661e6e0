import { DECISIONS, type Decision } from '../schema/index.js';
import type { RecordResult } from '../engine/index.js';

/** One error entry of the report: a record that could not be assessed. */
export interface ReportError {
  readonly source: string;
  readonly id?: string | undefined;
  readonly message: string;
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
