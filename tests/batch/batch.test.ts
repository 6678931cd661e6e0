import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInputs } from '../../src/batch/inputs.js';
import { fileSource } from '../../src/batch/sources.js';
import { batchText } from '../helpers/batch-run.js';
import { runInPty } from '../helpers/pty.js';
import { runInProcess } from '../helpers/run-cli.js';
import { trainingSetup } from '../helpers/training-setup.js';

const noStdin = async () => '';

describe('input formats', () => {
  it('YAML, JSON, NDJSON and CSV of the same records load to equal records', async () => {
    const load = async (ext: string) => (await loadInputs([`fixtures/batch/applications.${ext}`], noStdin)).records.map(r => r.record);
    const yaml = await load('yaml');
    expect(yaml).toHaveLength(4);
    expect(await load('json')).toEqual(yaml);
    expect(await load('ndjson')).toEqual(yaml);
    expect(await load('csv')).toEqual(yaml);
  });
});

describe('errors per row', () => {
  let code: number;
  let report: { errors: { source: string; message: string }[]; results: { id: string; source: string }[]; summary: unknown };
  let bySource: Map<string, string>;
  beforeAll(async () => {
    const run = await runInProcess(['assess', 'fixtures/batch/bad-rows.csv', '--format', 'json']);
    code = run.code;
    report = JSON.parse(run.stdout);
    bySource = new Map(report.errors.map(e => [e.source, e.message]));
  });

  it('each bad row is an error at file:row, with its reason, and the batch goes on (exit 1: not all assessed)', () => {
    expect(code).toBe(1);
    expect(bySource.get('fixtures/batch/bad-rows.csv:3')).toContain('items[0].quantity: expected a number; got text "ten"');
    expect(bySource.get('fixtures/batch/bad-rows.csv:4')).toContain('got "tank" Fix: write "battle-tanks"');
    expect(bySource.get('fixtures/batch/bad-rows.csv:5')).toContain('id: required field is missing');
    expect(bySource.get('fixtures/batch/bad-rows.csv:6')).toContain('id "C-1" is already used at fixtures/batch/bad-rows.csv:2');
    expect(bySource.get('fixtures/batch/bad-rows.csv:7')).toContain('row has 5 fields; the header has 10');
    expect(bySource.get('fixtures/batch/bad-rows.csv:8')).toContain('Invalid Opening Quote: a quote is found on field 4 at line 8');
    expect(report.results.map(r => `${r.id}@${r.source}`)).toEqual(['C-1@fixtures/batch/bad-rows.csv:2', 'C-8@fixtures/batch/bad-rows.csv:9']);
  });

  it('reads a BOM and CRLF line endings, and records = assessed + errors', () => {
    expect(report.summary).toMatchObject({ records: 8, assessed: 2, errors: 6 });
  });

  it('an unterminated quote says which lines it swallowed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atra-csv-'));
    const file = join(dir, 'open-quote.csv');
    writeFileSync(file, 'id,date,items[0].category,items[0].class\nA,2026-01-01,small-arms,arm\nB,2026-01-01,"small-arms,arm\nC,2026-01-01,small-arms,arm\n');
    const loaded = await loadInputs([file], noStdin);
    expect(loaded.records.map(r => r.record.id)).toEqual(['A']);
    expect(loaded.errors[0]!.message).toContain('(lines 3-4 read as one unterminated quoted field');
  });

  it('an empty file has no records and no errors', async () => {
    const { code: emptyCode, stdout: out } = await runInProcess(['assess', 'fixtures/batch/empty.csv', 'fixtures/batch/empty.ndjson', '--format', 'json']);
    expect(emptyCode).toBe(0);
    expect(JSON.parse(out).summary).toMatchObject({ records: 0, assessed: 0, errors: 0 });
  });

  it('an unknown CSV column stops that file with file:line:col and a hint (exit 2)', async () => {
    const bad = await runInProcess(['assess', 'fixtures/batch/bad-header.csv', '--format', 'ndjson']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('fixtures/batch/bad-header.csv:1:3  error  csv-header  column 3 \\"end_usr.type\\" is not a record field Fix: did you mean \\"end_user.type\\"?');
  });
});

describe('batch output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atra-batch-'));
  const ndjson = join(dir, 'batch.ndjson');
  const csv = join(dir, 'batch.csv');
  // With 7 records a unit, 120 records make 18 units: enough for both workers and for results to
  // come back out of order, with varied decisions and a few bad lines.
  const RECORDS = 120;
  const UNIT = 7;
  const lines: string[] = [];
  const csvLines = ['id,date,exporter.state,importer.state,end_user.name,end_user.state,end_user.type,items[0].category,items[0].class,items[0].quantity,items[0].flags,transit,brokers,officer.knowledge_6_3'];
  const states = ['XB', 'XR', 'XD', 'XE', 'XF', 'KP', 'KE', 'QM'];
  for (let i = 0; i < RECORDS; i++) {
    const state = states[i % states.length]!;
    const record = { id: `R-${i}`, date: '2026-03-14', exporter: { state: 'XA' }, importer: { state }, end_user: { name: 'Forces', state, type: i % 3 ? 'armed-forces' : 'police' }, items: [{ category: 'small-arms', class: 'arm', quantity: 10, flags: [] }], transit: [], brokers: [], officer: { knowledge_6_3: false } };
    lines.push(i % 37 === 5 ? '{not json' : JSON.stringify(record));
    csvLines.push(`R-${i},2026-03-14,XA,${state},Forces,${state},${i % 3 ? 'armed-forces' : 'police'},small-arms,arm,${i % 41 === 7 ? 'x' : 10},[],[],[],false`);
  }
  writeFileSync(ndjson, `${lines.join('\n')}\n`);
  writeFileSync(csv, `${csvLines.join('\n')}\n`);

  it.each([
    ['ndjson', ndjson, 4],
    ['csv', csv, 3],
  ] as const)('%s input: results with worker threads are identical to one thread, in input order', async (format, file, broken) => {
    const setup = await trainingSetup();
    const one = await batchText(setup, [fileSource(file, format)], 'ndjson', { jobs: 0, unitSize: UNIT });
    const two = await batchText(setup, [fileSource(file, format)], 'ndjson', { jobs: 2, unitSize: UNIT });
    expect(two.text).toBe(one.text);
    const rows = one.text.trim().split('\n').map(line => JSON.parse(line) as { id?: string; decision?: string; summary?: { records: number; assessed: number; errors: number } });
    const ids = rows.flatMap(r => (r.id ? [Number(r.id.slice(2))] : []));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    // Generated states give more than one decision, and some generated rows are broken on purpose.
    expect(new Set(rows.flatMap(r => (r.decision ? [r.decision] : []))).size).toBeGreaterThan(1);
    expect(one.outcome.summary).toMatchObject({ records: RECORDS, errors: broken });
    expect(one.outcome.summary.assessed + one.outcome.summary.errors).toBe(RECORDS);
  });

  it('CSV output is a summary with id, decision, triggered bases and the source line', async () => {
    const { stdout } = await runInProcess(['assess', ndjson, '--format', 'csv']);
    const [header, first] = stdout.split('\n');
    expect(header).toBe('id,source,decision,decided_by,triggered_bases,unknown_criteria,error');
    expect(first).toMatch(/^R-0,.*batch\.ndjson:1,[a-z-]+,/);
    expect(stdout).toContain(',error,,,,');
  });

  it('JSON stays complete: every record is in results or errors', async () => {
    const report = JSON.parse((await runInProcess(['assess', csv, '--format', 'json'])).stdout);
    expect(report.results.length + report.errors.length).toBe(RECORDS);
    expect(report.summary.records).toBe(RECORDS);
    expect(report.inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the real binary with worker threads writes the same bytes as one thread', () => {
    const atra = (jobs: string) => spawnSync(process.execPath, ['bin/atra.js', 'assess', ndjson, '--format', 'ndjson', '--jobs', jobs], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const [one, two] = [atra('0'), atra('2')];
    // Some generated rows are broken on purpose: records ending in errors make the exit code 1.
    expect([one.status, two.status]).toEqual([1, 1]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe('');
  });

  it('shows no progress bar when standard error is not a terminal', async () => {
    expect((await runInProcess(['assess', ndjson, '--format', 'csv'])).stderr).toBe('');
  });

  it('shows a progress bar on a terminal', async () => {
    const { screen, code } = await runInPty(`node bin/atra.js assess ${ndjson} --format csv --output ${join(dir, 'out.csv')}`, []);
    expect(code).toBe(1);
    expect(screen).toMatch(/assessing \[[^\]]*\] \d+% \| [\d.]+ of [\d.]+ MB/);
  });
});
