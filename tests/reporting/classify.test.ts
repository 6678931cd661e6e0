import { describe, expect, it } from 'vitest';
import { type TransferRecord } from '../../src/schema/index.js';
import { TransferRecordSchema } from '../../src/schema/schemas.js';
import { AnnualAggregator, classify, type AnnualOptions } from '../../src/reporting/index.js';

const AUTHORIZED: AnnualOptions = { year: 2025, basis: 'authorized', reportingState: 'XA', keepIds: true };
const ACTUAL: AnnualOptions = { ...AUTHORIZED, basis: 'actual' };

function record(extra: Record<string, unknown> = {}): TransferRecord {
  return TransferRecordSchema.parse({
    id: 'R-1',
    date: '2025-02-01',
    exporter: { state: 'XA' },
    importer: { state: 'XB' },
    items: [
      { category: 'small-arms', class: 'arm', salw_subcategory: 'assault-rifles', quantity: 10, value_usd: 9000, description: 'rifles' },
      { category: 'battle-tanks', class: 'arm', quantity: 2 },
    ],
    licence: { status: 'authorized', date: '2025-03-01' },
    ...extra,
  });
}

describe('what a record contributes to the annual report', () => {
  it('counts an authorized licence in the year of its authorization, item by item', () => {
    const found = classify(record(), 'r:1', AUTHORIZED);
    expect(found).toMatchObject({ kind: 'counted', direction: 'exports', partner: 'XB', parts: [{ item: 0, quantity: 10, value_usd: 9000 }, { item: 1, quantity: 2, value_usd: undefined }] });
    expect(classify(record({ licence: { status: 'authorized', date: '2024-12-30' } }), 'r:1', AUTHORIZED)).toEqual({ kind: 'not-for-this-report', code: 'other-year' });
  });

  it('leaves out refused and revoked licences, records with no outcome, and exclusions from statistics, saying why', () => {
    expect(classify(record({ licence: { status: 'refused', date: '2025-03-01' } }), 'r:1', AUTHORIZED)).toMatchObject({ kind: 'left-out', entries: [{ code: 'refused' }] });
    expect(classify(record({ licence: undefined }), 'r:1', AUTHORIZED)).toMatchObject({ kind: 'left-out', entries: [{ code: 'no-licence-outcome' }] });
    expect(classify(record({ exclude_from_statistics: { reason: 'exhibition' } }), 'r:1', AUTHORIZED)).toMatchObject({ kind: 'left-out', entries: [{ code: 'excluded-from-statistics', reason: 'excluded from statistics: exhibition' }] });
    const revoked = record({ licence: { status: 'revoked', date: '2025-09-01' }, shipments: [{ date: '2025-04-01', items: [{ index: 0, quantity: 5 }] }] });
    expect(classify(revoked, 'r:1', ACTUAL)).toMatchObject({ kind: 'left-out', entries: [{ code: 'revoked' }] });
  });

  it('counts shipments of the year on the actual basis, and lists a shipment line that names no item', () => {
    const shipped = record({ shipments: [{ date: '2024-12-01', items: [{ index: 0, quantity: 4 }] }, { date: '2025-01-10', items: [{ index: 0, quantity: 6 }, { index: 7, quantity: 1 }] }] });
    const found = classify(shipped, 'r:1', ACTUAL);
    expect(found).toMatchObject({ kind: 'counted', parts: [{ item: 0, quantity: 6 }], itemsLeftOut: [{ code: 'bad-shipment-item' }] });
    expect(classify(record(), 'r:1', ACTUAL)).toEqual({ kind: 'not-for-this-report', code: 'other-year' });
  });

  it('places SALW by subcategory and leaves out items it cannot place', () => {
    const items = [
      { category: 'small-arms', class: 'arm', quantity: 1 },
      { category: 'light-weapons', class: 'arm', salw_subcategory: 'assault-rifles', quantity: 1 },
      { category: 'small-arms', class: 'ammunition', quantity: 1000 },
      { category: 'warships', class: 'arm', quantity: 1 },
    ];
    const found = classify(record({ items }), 'r:1', AUTHORIZED);
    expect(found).toMatchObject({ kind: 'counted', parts: [{ item: 3, category: 'warships' }], notArms: 1 });
    expect(found.kind === 'counted' && found.itemsLeftOut.map(e => [e.item, e.code])).toEqual([[0, 'missing-subcategory'], [1, 'wrong-subcategory']]);
    // Ammunition alone is not for this report at all: ATT 13(3) asks for Art 2(1) arms.
    expect(classify(record({ items: [items[2]] }), 'r:1', AUTHORIZED)).toEqual({ kind: 'not-for-this-report', code: 'not-2-1-arms', lines: 1 });
  });

  it('tells exports from imports by the reporting state, and skips other states and transit', () => {
    expect(classify(record({ exporter: { state: 'XB' }, importer: { state: 'XA' } }), 'r:1', AUTHORIZED)).toMatchObject({ kind: 'counted', direction: 'imports', partner: 'XB' });
    expect(classify(record({ exporter: { state: 'XR' } }), 'r:1', AUTHORIZED)).toEqual({ kind: 'not-for-this-report', code: 'other-state' });
    expect(classify(record({ activity: 'transit' }), 'r:1', AUTHORIZED)).toEqual({ kind: 'not-for-this-report', code: 'not-export-or-import' });
  });

  it('never counts an export assessed as prohibited or out of scope; imports are not assessed', () => {
    const aggregator = new AnnualAggregator(AUTHORIZED);
    aggregator.add(record(), 'r:1', { assess: () => 'prohibited' });
    aggregator.add(record({ id: 'R-2' }), 'r:2', { assess: () => 'out-of-scope' });
    aggregator.add(record({ id: 'R-3', exporter: { state: 'XB' }, importer: { state: 'XA' } }), 'r:3', { assess: () => 'prohibited' });
    const tables = aggregator.tables();
    expect(tables.exports).toEqual([]);
    expect(tables.imports.map(r => r.ids)).toEqual([['R-3'], ['R-3']]);
    expect(tables.left_out.map(e => e.code)).toEqual(['assessed-prohibited', 'assessed-out-of-scope']);
  });

  it('sums known figures and counts the lines whose figures are missing', () => {
    const aggregator = new AnnualAggregator(AUTHORIZED);
    aggregator.add(record(), 'r:1');
    aggregator.add(record({ id: 'R-2', items: [{ category: 'small-arms', class: 'arm', salw_subcategory: 'assault-rifles', description: 'carbines' }] }), 'r:2');
    const rifles = aggregator.tables().exports.find(row => row.category === 'small-arms');
    expect(rifles).toMatchObject({ number: 10, value_usd: 9000, without_number: 1, without_value: 1, records: 2, ids: ['R-1', 'R-2'], descriptions: ['rifles', 'carbines'] });
  });
});
