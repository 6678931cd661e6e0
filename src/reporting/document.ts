import type { AnnualTables, LeftOut, Measure, ReportBasis } from './model.js';

/** The entries left out, read again for each rendering: from the tables, or from where they were spilled. */
export type LeftOutSource = () => Iterable<LeftOut> | AsyncIterable<LeftOut>;

/** Reads the entries kept in the tables (when none were spilled). */
export const leftOutInTables = (report: Pick<AnnualReport, 'tables'>): LeftOutSource => () => report.tables.left_out;

/** How many entries were left out, in all. */
export function leftOutTotal(tables: AnnualTables): number {
  return Object.values(tables.left_out_counts).reduce((sum, n) => sum + n, 0);
}
import type { NationalDefinitions } from './national-definitions.js';

/** A file the report was made from, with its hash, as in `assess` reports. */
export interface HashedFile {
  readonly file: string;
  readonly sha256: string;
}

/** The criteria and context the export records were assessed against, when they were. */
export interface AssessmentProvenance {
  readonly criteria_set: { readonly id: string; readonly version: string };
  readonly criteria: readonly (HashedFile & { readonly id: string; readonly version: string })[];
  readonly context: readonly HashedFile[];
}

/** Everything a rendered annual report says: the tables and where they came from. */
export interface AnnualReport {
  readonly report: 'att-annual' | 'unroca';
  readonly tool: { readonly name: 'atra'; readonly version: string };
  readonly generated_at: string;
  readonly reporting_state: { readonly code: string; readonly name: string | null };
  readonly year: number;
  readonly basis: ReportBasis;
  readonly measure: Measure;
  /** Every input's sha256, so each figure can be traced to the bytes it was computed from. */
  readonly inputs: readonly HashedFile[];
  readonly assessment: AssessmentProvenance | null;
  readonly national_definitions: (NationalDefinitions & HashedFile) | null;
  /** Names of the states the tables mention, by code, when known. */
  readonly state_names: Readonly<Record<string, string>>;
  readonly tables: AnnualTables;
}

/** "Aldoria (XA)", or the bare code when the name is not known. */
export function stateLabel(report: Pick<AnnualReport, 'state_names'>, code: string): string {
  const name = report.state_names[code];
  return name ? `${name} (${code})` : code;
}

/** The codes of every state a report's rows name, for looking up their names. */
export function statesIn(tables: AnnualTables): string[] {
  const codes = new Set<string>();
  for (const row of [...tables.exports, ...tables.imports]) {
    codes.add(row.partner);
    for (const state of row.intermediate) codes.add(state);
    if (row.origin !== undefined) codes.add(row.origin);
  }
  return [...codes].sort();
}
