import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Setup } from '../../src/loader/setup.js';
import type { InputFormat } from '../../src/batch/sources.js';
import type { RecordResult } from '../../src/engine/index.js';
import type { TransferRecord } from '../../src/schema/index.js';
import { anyRecordArb, SEED } from '../helpers/arbitraries.js';
import { batchResults, textSource } from '../helpers/batch-run.js';
import { recordsAs } from '../helpers/record-formats.js';
import { trainingSetup } from '../helpers/training-setup.js';

// Invariants of a whole batch on the built-in criteria: the order of the records and the format they
// are written in change no result. Only where a record came from (`in.csv:3`) may differ.

const FORMATS: readonly InputFormat[] = ['yaml', 'json', 'ndjson', 'csv'];

/** A few records with distinct ids. */
const recordsArb = fc.array(anyRecordArb(), { minLength: 1, maxLength: 5 }).map(records => records.map((record, i): TransferRecord => ({ ...record, id: `R-${i}` })));

/** Each result by id, without the input position it came from. */
function byId(results: readonly RecordResult[]): Map<string, unknown> {
  return new Map(results.map(result => [result.id, JSON.parse(JSON.stringify({ ...result, source: undefined }).replace(/in\.(?:yaml|json|ndjson|csv):\d+(?::\d+)?/g, 'SOURCE')) as unknown]));
}

describe.each(['att', 'eu-cp'])('batch invariants on the built-in %s criteria', set => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await trainingSetup(set);
  });

  it('every input format (YAML, JSON, NDJSON, CSV) of the same records gives the same results', async () => {
    await fc.assert(
      fc.asyncProperty(recordsArb, async records => {
        const outcomes = await Promise.all(FORMATS.map(format => batchResults(setup, [textSource(format, recordsAs(format, records))])));
        const [first, ...others] = outcomes.map(({ results, outcome }) => ({ results: byId(results), errors: outcome.errors }));
        expect(first!.errors).toEqual([]);
        expect(first!.results.size).toBe(records.length);
        others.forEach((other, i) => expect(other, FORMATS[i + 1]).toEqual(first));
      }),
      { numRuns: 25, seed: SEED },
    );
  });

  it('the order of the records changes no result, and results come out in input order', async () => {
    await fc.assert(
      fc.asyncProperty(recordsArb, fc.infiniteStream(fc.nat()), async (records, keys) => {
        const shuffled = records.map(record => ({ record, key: keys.next().value as number })).sort((a, b) => a.key - b.key).map(({ record }) => record);
        const straight = await batchResults(setup, [textSource('ndjson', recordsAs('ndjson', records))]);
        const reordered = await batchResults(setup, [textSource('ndjson', recordsAs('ndjson', shuffled))]);
        expect(reordered.results.map(r => r.id)).toEqual(shuffled.map(r => r.id));
        expect(byId(reordered.results)).toEqual(byId(straight.results));
      }),
      { numRuns: 25, seed: SEED },
    );
  });
});
