import type { SalwSubcategory } from '../schema/index.js';
import type { ReportCategory } from './categories.js';

/** The two tables of the template. */
export type Direction = 'exports' | 'imports';
/** Whether the report counts licences granted or transfers made (ATT 13(3) lets the state choose). */
export type ReportBasis = 'authorized' | 'actual';
/** What each row gives: number of items, value, or both (the template's "and/or"). */
export type Measure = 'number' | 'value' | 'both';

/** What the aggregation is asked to do. */
export interface AnnualOptions {
  readonly year: number;
  readonly basis: ReportBasis;
  /** The reporting state's code: its exports are records it exports, its imports records it imports. */
  readonly reportingState: string;
  /** Keep the ids of the records in each row (the JSON report lists them); off keeps memory flat. */
  readonly keepIds: boolean;
}

/** One row of the exports or imports table: a category (and SALW subcategory) and a partner state. */
export interface Row {
  readonly category: ReportCategory;
  readonly subcategory: SalwSubcategory | null;
  /** Final importing state (exports) or exporting state (imports). */
  readonly partner: string;
  /** Sum of the known quantities; null when no contribution stated one. */
  number: number | null;
  /** Sum of the known values in USD; null when no contribution stated one. */
  value_usd: number | null;
  /** Contributions (licensed items or shipped items) whose quantity is not recorded. */
  without_number: number;
  /** Contributions whose value is not recorded. */
  without_value: number;
  /** Records counted in this row. */
  records: number;
  /** Distinct item descriptions, at most {@link MAX_DESCRIPTIONS}. */
  readonly descriptions: string[];
  /** Descriptions beyond those shown (not de-duplicated). */
  more_descriptions: number;
  /** Transit and trans-shipment states named by the records (the UN Register's intermediate locations). */
  readonly intermediate: string[];
  /** The items' state of origin, when not the exporting state (`origin_state`): rows differ by it. */
  readonly origin?: string;
  /** Ids of the records in this row, when kept. */
  readonly ids?: string[];
}

/** Descriptions kept per row: enough to describe it, bounded so that memory does not grow with the input. */
export const MAX_DESCRIPTIONS = 5;

/** Why a record, or one of its items, is not in the tables. */
export type LeftOutCode =
  | 'invalid-record'
  | 'duplicate-id'
  | 'no-licence-outcome'
  | 'refused'
  | 'revoked'
  | 'excluded-from-statistics'
  | 'assessed-prohibited'
  | 'assessed-out-of-scope'
  | 'missing-subcategory'
  | 'wrong-subcategory'
  | 'missing-partner'
  | 'bad-shipment-item'
  | 'both-directions';

/**
 * Reasons that are only counted, not listed: they say nothing about the record but that it is not for
 * this report. The first three count records; `not-2-1-arms` counts item lines (ammunition, parts and
 * components, other items), which ATT 13(3) does not ask to report.
 */
export type CountedOnlyCode = 'other-year' | 'other-state' | 'not-export-or-import' | 'not-2-1-arms';

/** A record (or one item of it) left out, with the reason. */
export interface LeftOut {
  readonly id: string | null;
  readonly source: string;
  /** The item's position in `items`, when only that item is left out. */
  readonly item?: number;
  readonly code: LeftOutCode;
  readonly reason: string;
}

/** The aggregation's result, before rendering. */
export interface AnnualTables {
  readonly exports: readonly Row[];
  readonly imports: readonly Row[];
  /** Every entry left out, in input order; empty when they were handed to a spill instead (see the aggregator). */
  readonly left_out: readonly LeftOut[];
  /** How many entries were left out, by reason. */
  readonly left_out_counts: Readonly<Partial<Record<LeftOutCode, number>>>;
  readonly not_for_this_report: Readonly<Record<CountedOnlyCode, number>>;
  readonly records_read: number;
  readonly records_counted: number;
}
