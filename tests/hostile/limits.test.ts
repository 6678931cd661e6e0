import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { loadSetup } from '../../src/loader/setup.js';
import { runBatch, type BatchSink } from '../../src/batch/batch.js';
import { loadContext } from '../../src/loader/context.js';
import { atra, crashed, record, scratch } from './helpers.js';

const dir = scratch();

function ndjsonFile(name: string, lines: readonly string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('limits give clear errors and lose nothing', () => {
  it('a line over --max-line-length is an error of its own; the lines around it are assessed', async () => {
    const file = ndjsonFile('long.ndjson', [JSON.stringify(record({ id: 'A' })), JSON.stringify(record({ id: 'B', end_use: 'x'.repeat(5000) })), JSON.stringify(record({ id: 'C' }))]);
    const run = await atra(['assess', file, '--format', 'json', '--max-line-length', '2000']);
    const report = JSON.parse(run.stdout);
    expect(report.results.map((r: { id: string }) => r.id)).toEqual(['A', 'C']);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0].source).toBe(`${file}:2`);
    expect(report.errors[0].message).toContain('--max-line-length');
    expect(report.summary.records).toBe(report.summary.assessed + report.summary.errors);
    // The default is generous: the same file passes without the option.
    expect(JSON.parse((await atra(['assess', file, '--format', 'json'])).stdout).summary.errors).toBe(0);
  });

  it('a CSV record over --max-record-size (an unclosed quote) stops the file with its line', async () => {
    const file = join(dir, 'quote.csv');
    writeFileSync(file, `id,date,items[0].category,items[0].class\nA,2026-03-14,small-arms,arm\n"B,2026-03-14,small-arms,arm\n${'C,2026-03-14,small-arms,arm\n'.repeat(200)}`);
    const run = await atra(['assess', file, '--format', 'json', '--max-record-size', '1000']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.errors.some((e: { message: string; source: string }) => e.message.includes('--max-record-size') && e.source === `${file}:3`)).toBe(true);
  });

  it('a huge CSV list index is refused at once, never a hang', async () => {
    const file = join(dir, 'index.csv');
    writeFileSync(file, 'id,date,items[99999999999].category\nA,2026-03-14,small-arms\n');
    const started = Date.now();
    const run = await atra(['assess', file]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('list index');
    const small = join(dir, 'index-ok.csv');
    writeFileSync(small, 'id,date,items[1200].category,items[1200].class\nA,2026-03-14,small-arms,arm\n');
    expect((await atra(['assess', small, '--max-list-index', '1200'])).code).toBe(0);
  });

  it('an input over --max-input-size stops with the option named', async () => {
    const file = ndjsonFile('size.ndjson', Array.from({ length: 50 }, (_, i) => JSON.stringify(record({ id: `S-${i}` }))));
    const run = await atra(['assess', file, '--max-input-size', '1000']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('--max-input-size');
  });

  it('an endless device as records, criteria or context is refused, never a hang', async () => {
    const records = await atra(['assess', '/dev/zero', '--input-format', 'ndjson']);
    expect(records.code).toBe(2);
    expect(records.stdout).toContain('NUL');
    const urandom = await atra(['assess', '/dev/urandom', '--input-format', 'csv']);
    expect(urandom.code).toBe(2);
    const context = join(dir, 'devctx');
    mkdirSync(context);
    const { symlinkSync } = await import('node:fs');
    symlinkSync('/dev/zero', join(context, 'states.yaml'));
    const run = await atra(['assess', 'fixtures/applications/01-approve.yaml', '--context', context]);
    expect(run.code).toBe(2);
    expect(crashed(run)).toBe(false);
  });

  it('a context file that is a folder is a diagnostic, not an internal error', async () => {
    const context = join(dir, 'folderctx');
    mkdirSync(join(context, 'states.yaml'), { recursive: true });
    const run = await atra(['assess', 'fixtures/applications/01-approve.yaml', '--context', context]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('folder');
    expect(crashed(run)).toBe(false);
  });

  it('limits are command-line only: a criteria or context file cannot set them', async () => {
    const context = join(dir, 'limitctx');
    mkdirSync(context);
    writeFileSync(join(context, 'states.yaml'), 'as_of: 2026-01-01\nsources: [x]\nmax_line_length: 99999999\nstates: {}\n');
    const run = await atra(['assess', 'fixtures/applications/01-approve.yaml', '--context', context]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('max_line_length');
  });

  it('--jobs is capped at the number of cores', async () => {
    const file = ndjsonFile('jobs.ndjson', [JSON.stringify(record())]);
    const run = await atra(['assess', file, '--jobs', '5000', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`using ${availableParallelism()}`);
  });

  it('a unit that fails to assess becomes errors for exactly its records', async () => {
    const { setup } = await loadSetup([], [], true);
    const broken = { ...setup!, compiled: { ...setup!.compiled, criteria: [{ ...setup!.compiled.criteria[0]!, evaluate: () => { throw new Error('simulated out of memory'); } }] } };
    const lines = Array.from({ length: 1200 }, (_, i) => JSON.stringify(record({ id: `U-${i}` })));
    const errors: unknown[] = [];
    const sink: BatchSink = { head: async () => undefined, result: async () => undefined, error: async e => void errors.push(e), tail: async () => undefined };
    const outcome = await runBatch({
      sources: [{ file: 'u.ndjson', format: 'ndjson', open: () => Readable.from([Buffer.from(lines.join('\n'))]) }],
      setup: broken,
      header: { ...setup!.header, assessed_at: '2026-11-22', inputs: [] },
      format: 'json',
      colour: false,
      jobs: 0,
      workerSetup: { criteria: [], context: [], defaultContext: true },
      sink,
    });
    expect(outcome.summary.records).toBe(1200);
    expect(outcome.summary.errors).toBe(1200);
    expect(outcome.errors[5]).toMatchObject({ source: 'u.ndjson:6', id: 'U-5' });
  });

  it('a context with thousands of wrong state entries reports each at its own line (the timing check is in test:heavy)', async () => {
    const folder = join(dir, 'many-states');
    mkdirSync(folder);
    const n = 3000;
    const states = Array.from({ length: n }, (_, i) => `  S${i}: { att: party }`).join('\n');
    writeFileSync(join(folder, 'states.yaml'), `as_of: 2026-01-01\nsources: [https://example.org]\nstates:\n${states}\n`);
    const loaded = await loadContext([folder]);
    const lines = new Set(loaded.diagnostics.map(d => d.location?.line));
    expect(lines.size).toBe(n);
  });
});
