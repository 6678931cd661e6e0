import type { TransferRecord } from '../schema/index.js';
import { isSalw, subcategoryFits, type ReportCategory } from './categories.js';
import type { AnnualOptions, CountedOnlyCode, Direction, LeftOut } from './model.js';

/** What one item adds to a row: from the licence (authorized basis) or from one shipment (actual basis). */
export interface Part {
  readonly item: number;
  readonly category: ReportCategory;
  readonly quantity: number | undefined;
  readonly value_usd: number | undefined;
}

/** Where a record goes in this year's report. */
export type Classification =
  | { readonly kind: 'not-for-this-report'; readonly code: CountedOnlyCode; readonly lines?: number }
  | { readonly kind: 'left-out'; readonly entries: readonly LeftOut[] }
  | {
      readonly kind: 'counted';
      readonly direction: Direction;
      readonly partner: string;
      readonly parts: readonly Part[];
      readonly itemsLeftOut: readonly LeftOut[];
      /** Item lines that are not Art 2(1) arms, counted only. */
      readonly notArms: number;
    };

const yearOf = (date: string): number => Number(date.slice(0, 4));

/**
 * Decides where a record goes, before any assessment. Exports are records whose exporter is the
 * reporting state, imports those whose importer is; transit, trans-shipment and brokering records
 * are neither. On the authorized basis a record counts in the year of its licence's authorization,
 * and a record with no licence outcome is left out (an application is not an authorization); on the
 * actual basis each shipment counts in its own year. Refused and revoked licences never count.
 */
export function classify(record: TransferRecord, source: string, options: AnnualOptions): Classification {
  const leftOut = (code: LeftOut['code'], reason: string): Classification => ({ kind: 'left-out', entries: [{ id: record.id, source, code, reason }] });
  if (record.activity !== 'export' && record.activity !== 'import') return { kind: 'not-for-this-report', code: 'not-export-or-import' };
  const exports = record.exporter?.state === options.reportingState;
  const imports = record.importer?.state === options.reportingState;
  if (!exports && !imports) return { kind: 'not-for-this-report', code: 'other-state' };

  const { licence } = record;
  let raw: { item: number; quantity: number | undefined; value_usd: number | undefined }[];
  const partLeftOut: LeftOut[] = [];
  if (options.basis === 'authorized') {
    if (yearOf(licence?.date ?? record.date) !== options.year) return { kind: 'not-for-this-report', code: 'other-year' };
    if (!licence) return leftOut('no-licence-outcome', 'no licence outcome recorded: on the authorized basis only authorized licences count');
    if (licence.status !== 'authorized') return leftOut(licence.status, `licence ${licence.status} on ${licence.date}`);
    raw = record.items.map((item, index) => ({ item: index, quantity: item.quantity, value_usd: item.value_usd }));
  } else {
    const shipments = (record.shipments ?? []).filter(shipment => yearOf(shipment.date) === options.year);
    if (!shipments.length) return { kind: 'not-for-this-report', code: 'other-year' };
    if (licence && licence.status !== 'authorized') return leftOut(licence.status, `licence ${licence.status} on ${licence.date}; its shipments are not counted`);
    raw = [];
    for (const shipment of shipments) {
      for (const part of shipment.items) {
        if (part.index < record.items.length) raw.push({ item: part.index, quantity: part.quantity, value_usd: part.value_usd });
        else partLeftOut.push({ id: record.id, source, code: 'bad-shipment-item', reason: `shipment of ${shipment.date} names item ${part.index}; the record has ${record.items.length} item(s), numbered from 0` });
      }
    }
  }
  if (exports && imports) return leftOut('both-directions', `exporter and importer are both ${options.reportingState}`);
  if (record.exclude_from_statistics) return leftOut('excluded-from-statistics', `excluded from statistics: ${record.exclude_from_statistics.reason}`);
  const partner = exports ? record.importer?.state : record.exporter?.state;
  if (!partner) return leftOut('missing-partner', exports ? 'no importer state: the final importing state is not known' : 'no exporter state: the exporting state is not known');

  const parts: Part[] = [];
  const itemProblems = new Map<number, LeftOut>();
  const notArms = new Set<number>();
  for (const part of raw) {
    const item = record.items[part.item];
    if (!item || item.class !== 'arm' || item.category === 'other') {
      notArms.add(part.item);
      continue;
    }
    const problem = itemProblems.get(part.item) ?? itemProblem(record, source, part.item);
    if (problem) itemProblems.set(part.item, problem);
    else parts.push({ ...part, category: item.category });
  }
  const itemsLeftOut = [...partLeftOut, ...itemProblems.values()];
  if (!parts.length && !itemsLeftOut.length) return { kind: 'not-for-this-report', code: 'not-2-1-arms', lines: notArms.size };
  if (!parts.length) return { kind: 'left-out', entries: itemsLeftOut };
  return { kind: 'counted', direction: exports ? 'exports' : 'imports', partner, parts, itemsLeftOut, notArms: notArms.size };
}

/** Why an item cannot go in a row, or undefined when it can. */
function itemProblem(record: TransferRecord, source: string, index: number): LeftOut | undefined {
  const item = record.items[index];
  if (!item) return undefined;
  const at = (code: LeftOut['code'], reason: string): LeftOut => ({ id: record.id, source, item: index, code, reason });
  if (item.category !== 'other' && isSalw(item.category)) {
    if (!item.salw_subcategory) return at('missing-subcategory', `items[${index}] is ${item.category} without salw_subcategory: set it so the row can be placed`);
    if (!subcategoryFits(item.category, item.salw_subcategory)) return at('wrong-subcategory', `items[${index}]: ${item.salw_subcategory} is not a ${item.category} subcategory`);
  }
  return undefined;
}
