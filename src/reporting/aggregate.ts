import type { Decision, TransferRecord } from '../schema/index.js';
import { categoryRank, isSalw } from './categories.js';
import { classify, type Part } from './contributions.js';
import { MAX_DESCRIPTIONS, type AnnualOptions, type AnnualTables, type CountedOnlyCode, type Direction, type LeftOut, type LeftOutCode, type Row } from './model.js';

/** Runs the engine on a record that would count as an export; undefined when no assessment is made. */
export type Assess = (record: TransferRecord) => Decision | undefined;

/** What the caller adds to the fold: duplicate detection and the assessment, both at the edges. */
export interface AddHooks {
  /** Registers an id; returns why it cannot be used (already used elsewhere), or undefined. */
  readonly claim?: (id: string, source: string) => string | undefined;
  readonly assess?: Assess;
}

/**
 * The annual-report fold: records go in one at a time, in any order, and the tables come out. Memory
 * grows with the number of rows (categories x partner states), not with the records, except for the
 * ids kept per row when asked and the list of records left out.
 */
export class AnnualAggregator {
  private readonly rows = new Map<string, Row>();
  private readonly leftOut: LeftOut[] = [];
  private readonly leftOutCounts: Partial<Record<LeftOutCode, number>> = {};
  private readonly notForThisReport: Record<CountedOnlyCode, number> = { 'other-year': 0, 'other-state': 0, 'not-export-or-import': 0, 'not-2-1-arms': 0 };
  private read = 0;
  private counted = 0;

  /**
   * `spill`, when given, takes each left-out entry as it is found instead of the aggregator keeping
   * it, so that a register of any size can be reported in flat memory (the CLI writes them to a file).
   */
  constructor(
    private readonly options: AnnualOptions,
    private readonly spill?: (entry: LeftOut) => void,
  ) {}

  /**
   * Adds one valid record. The hooks run only for records that belong to this year and state, so
   * that records of other years cost no memory: `claim` rejects a reused id (its message is the
   * reason), `assess` runs for exports, and one assessed as prohibited or out of scope is left out.
   */
  add(record: TransferRecord, source: string, hooks: AddHooks = {}): void {
    this.read += 1;
    const found = classify(record, source, this.options);
    if (found.kind === 'not-for-this-report') {
      this.notForThisReport[found.code] += found.lines ?? 1;
      return;
    }
    const duplicate = hooks.claim?.(record.id, source);
    if (duplicate) {
      this.leaveOut({ id: record.id, source, code: 'duplicate-id', reason: duplicate });
      return;
    }
    const assess = hooks.assess;
    if (found.kind === 'left-out') {
      found.entries.forEach(entry => this.leaveOut(entry));
      return;
    }
    const decision = found.direction === 'exports' ? assess?.(record) : undefined;
    if (decision === 'prohibited' || decision === 'out-of-scope') {
      const code = decision === 'prohibited' ? 'assessed-prohibited' : 'assessed-out-of-scope';
      this.leaveOut({ id: record.id, source, code, reason: `assessed as ${decision} by the criteria: never counted as an export` });
      return;
    }
    found.itemsLeftOut.forEach(entry => this.leaveOut(entry));
    this.notForThisReport['not-2-1-arms'] += found.notArms;
    this.counted += 1;
    const touched = new Set<Row>();
    for (const part of found.parts) touched.add(this.addPart(found.direction, found.partner, record, part));
    const intermediate = (record.transit ?? []).map(t => t.state);
    for (const row of touched) {
      row.records += 1;
      row.ids?.push(record.id);
      for (const state of intermediate) if (!row.intermediate.includes(state)) row.intermediate.push(state);
    }
  }

  /** Records a record that failed to load: it is in no row, and the report says so. */
  addError(id: string | undefined, source: string, message: string): void {
    this.read += 1;
    this.leaveOut({ id: id ?? null, source, code: 'invalid-record', reason: message });
  }

  /** The tables, rows in the template's order (category, subcategory, partner state). */
  tables(): AnnualTables {
    const sorted = (direction: Direction): Row[] =>
      [...this.rows.entries()]
        .filter(([key]) => key.startsWith(`${direction}|`))
        .map(([, row]) => ({ ...row, intermediate: [...row.intermediate].sort() }))
        .sort((a, b) => categoryRank(a.category, a.subcategory) - categoryRank(b.category, b.subcategory) || a.partner.localeCompare(b.partner) || (a.origin ?? '').localeCompare(b.origin ?? ''));
    return {
      exports: sorted('exports'),
      imports: sorted('imports'),
      left_out: this.leftOut,
      left_out_counts: { ...this.leftOutCounts },
      not_for_this_report: { ...this.notForThisReport },
      records_read: this.read,
      records_counted: this.counted,
    };
  }

  private leaveOut(entry: LeftOut): void {
    this.leftOutCounts[entry.code] = (this.leftOutCounts[entry.code] ?? 0) + 1;
    if (this.spill) this.spill(entry);
    else this.leftOut.push(entry);
  }

  private addPart(direction: Direction, partner: string, record: TransferRecord, part: Part): Row {
    const item = record.items[part.item];
    const subcategory = isSalw(part.category) ? (item?.salw_subcategory ?? null) : null;
    const origin = item?.origin_state;
    const key = `${direction}|${part.category}|${subcategory ?? ''}|${partner}|${origin ?? ''}`;
    let row = this.rows.get(key);
    if (!row) {
      row = { category: part.category, subcategory, partner, number: null, value_usd: null, without_number: 0, without_value: 0, records: 0, descriptions: [], more_descriptions: 0, intermediate: [], ...(origin ? { origin } : {}), ...(this.options.keepIds ? { ids: [] } : {}) };
      this.rows.set(key, row);
    }
    if (part.quantity === undefined) row.without_number += 1;
    else row.number = (row.number ?? 0) + part.quantity;
    if (part.value_usd === undefined) row.without_value += 1;
    else row.value_usd = (row.value_usd ?? 0) + part.value_usd;
    const description = item?.description;
    if (description && !row.descriptions.includes(description)) {
      if (row.descriptions.length < MAX_DESCRIPTIONS) row.descriptions.push(description);
      else row.more_descriptions += 1;
    }
    return row;
  }
}
