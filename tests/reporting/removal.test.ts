import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/batch/inputs.js';
import { loadSetup } from '../../src/loader/setup.js';
import { assessRecord, type SourcedRecord } from '../../src/engine/index.js';
import { AnnualAggregator, type AnnualOptions, type AnnualTables, type Row } from '../../src/reporting/index.js';

const keyOf = (direction: string, row: Row): string => `${direction}|${row.category}|${row.subcategory ?? ''}|${row.partner}`;

function rowsOf(tables: AnnualTables): Map<string, Row> {
  return new Map([...tables.exports.map(r => [keyOf('exports', r), r] as const), ...tables.imports.map(r => [keyOf('imports', r), r] as const)]);
}

describe('removing a record from the register', async () => {
  const { records } = await loadInputs(['fixtures/register/register.ndjson'], async () => '');
  const { setup } = await loadSetup([], ['training'], true);
  // Assess once per record; the fold is then run hundreds of times on the same decisions.
  const decisions = new Map(records.map(entry => [entry.record.id, assessRecord(setup!.compiled, entry, setup!.context, { detail: 'compact' }).decision]));
  const fold = (entries: readonly SourcedRecord[], options: AnnualOptions): AnnualTables => {
    const aggregator = new AnnualAggregator(options);
    for (const entry of entries) aggregator.add(entry.record, `${entry.origin.file}:${entry.origin.line}`, { assess: record => decisions.get(record.id) });
    return aggregator.tables();
  };

  it.each(['authorized', 'actual'] as const)('changes exactly the rows it belongs to, for every record (%s basis)', basis => {
    for (const year of [2024, 2025]) {
      const options: AnnualOptions = { year, basis, reportingState: 'XA', keepIds: true };
      const full = rowsOf(fold(records, options));
      let checked = 0;
      records.forEach((removed, index) => {
        const id = removed.record.id;
        const without = rowsOf(fold([...records.slice(0, index), ...records.slice(index + 1)], options));
        for (const [key, row] of full) {
          if (row.ids!.includes(id)) {
            checked += 1;
            // The row loses this record: it disappears, or its records and ids shrink by exactly it.
            const after = without.get(key);
            if (after) {
              expect(after.ids).toEqual(row.ids!.filter(other => other !== id));
              expect(after.records).toBe(row.records - 1);
            }
          } else {
            expect(without.get(key), `${key} changed when ${id} was removed`).toEqual(row);
          }
        }
        for (const key of without.keys()) expect(full.has(key), `${key} appeared when ${id} was removed`).toBe(true);
      });
      expect(checked).toBeGreaterThan(50);
    }
  });

  it('adds up: each row is the sum of what its records contribute on their own', () => {
    const options: AnnualOptions = { year: 2025, basis: 'authorized', reportingState: 'XA', keepIds: true };
    const byId = new Map(records.map(entry => [entry.record.id, entry]));
    for (const [key, row] of rowsOf(fold(records, options))) {
      const parts = row.ids!.map(id => rowsOf(fold([byId.get(id)!], options)).get(key)!);
      expect(parts.reduce((sum, part) => sum + (part.number ?? 0), 0)).toBe(row.number ?? 0);
      expect(parts.reduce((sum, part) => sum + (part.value_usd ?? 0), 0)).toBeCloseTo(row.value_usd ?? 0, 2);
    }
  });
});
