import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Setup } from '../../src/loader/setup.js';
import { unitsOf, type InputRead } from '../../src/batch/sources.js';
import { parseUnit } from '../../src/batch/units.js';
import { batchText } from '../helpers/batch-run.js';
import { trainingSetup } from '../helpers/training-setup.js';
import { chunkedSource } from '../hostile/helpers.js';

// A CSV batch sends raw bytes to be decoded and parsed where each unit is processed: on the main
// thread with no workers, transferred to a worker thread otherwise. Both must write the same bytes.

const HEADER = 'id,date,exporter.state,exporter.name,importer.state,importer.name,end_user.name,end_user.state,end_user.type,items[0].category,items[0].class,items[0].quantity';

function rows(count: number): string[] {
  const names = ['Ωmega Guard', '"North\r\nCommand"', 'Police 中央', '"Unit ""7"""', 'Border 🙂 Service'];
  return Array.from({ length: count }, (_, i) =>
    i === 4 ? `R-${i},2026-03-14,XA` : `R-${i},2026-03-14,XA,Example Defence Ltd,XB,Ministry of Defence,${names[i % names.length] ?? ''},XB,police,small-arms,arm,${i + 1}`,
  );
}

describe('CSV batches from raw bytes', () => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await trainingSetup();
  });

  it('write the same bytes on the main thread and on two workers, with every record and error at the line the text path gives', async () => {
    const bytes = Buffer.from(`\uFEFF${[HEADER, ...rows(11)].join('\r\n')}`);
    const cuts = [2, 100, 333, 334, 900];
    const main = await batchText(setup, [chunkedSource('csv', bytes, cuts)], 'ndjson', { jobs: 0, unitSize: 2 });
    const workers = await batchText(setup, [chunkedSource('csv', bytes, cuts)], 'ndjson', { jobs: 2, unitSize: 2 });
    expect(workers.text).toBe(main.text);
    expect(workers.outcome).toEqual(main.outcome);
    // The decoded-text path (used where records are loaded whole) places every record and error alike.
    const read: InputRead = { sha256: '' };
    const sources: string[] = [];
    for await (const unit of unitsOf(chunkedSource('csv', bytes, []), read)) for (const entry of await parseUnit(unit)) sources.push('record' in entry ? `${entry.origin.file}:${entry.origin.line}` : entry.source);
    const written = main.text
      .trim()
      .split('\n')
      .map(line => JSON.parse(line) as { source?: string; error?: { source: string } })
      .map(line => line.source ?? line.error?.source)
      .filter(Boolean);
    expect(written).toEqual(sources);
    expect(sources).toHaveLength(11);
    expect(main.outcome.errors.map(e => e.source)).toEqual(['in.csv:7']);
    expect(main.outcome.inputs[0]?.sha256).toBe(read.sha256);
  });

  it('stop at the read holding a bad byte, with the error at its file and line, on the main thread and on workers alike', async () => {
    const good = Buffer.from(`${[HEADER, ...rows(12)].join('\n')}\n`);
    // Inside R-8 (line 12; span two lines each), in the middle of the unit holding.
    const at = good.indexOf('R-8,') + 2;
    const bytes = Buffer.concat([good.subarray(0, at), Buffer.from([0xe2, 0x28, 0xa1]), good.subarray(at)]);
    for (const jobs of [0, 2]) {
      const run = await batchText(setup, [chunkedSource('csv', bytes, [at + 1])], 'ndjson', { jobs, unitSize: 2 });
      const lines = run.text.trim().split('\n').map(line => JSON.parse(line) as { id?: string; error?: { source: string; message: string } });
      expect(lines.filter(line => line.id).map(line => line.id)).toEqual(['R-0', 'R-1', 'R-2', 'R-3', 'R-5', 'R-6', 'R-7']);
      expect(run.outcome.errors.map(e => e.source)).toEqual(['in.csv:7', 'in.csv:12']);
      expect(run.outcome.errors[1]?.message).toContain(`invalid-utf8  cannot read in.csv: not valid UTF-8 at byte offset ${at}`);
      expect(run.outcome.unreadable).toBe(true);
      // Hashed up to and including the read that failed, as before: here the whole input.
      expect(run.outcome.inputs[0]?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});
