import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInputs } from '../../src/batch/inputs.js';
import { runInPty } from '../helpers/pty.js';

const noStdin = async () => '';

function atra(args: string[]) {
  const result = spawnSync(process.execPath, ['bin/atra.js', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

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
  const { code, stdout } = atra(['assess', 'fixtures/batch/bad-rows.csv', '--format', 'json']);
  const report = JSON.parse(stdout);
  const bySource = new Map(report.errors.map((e: { source: string; message: string }) => [e.source, e.message]));

  it('each bad row is an error at file:row, with its reason, and the batch goes on (exit 1: not all assessed)', () => {
    expect(code).toBe(1);
    expect(bySource.get('fixtures/batch/bad-rows.csv:3')).toContain('items[0].quantity: expected a number; got text "ten"');
    expect(bySource.get('fixtures/batch/bad-rows.csv:4')).toContain('got "tank" Fix: write "battle-tanks"');
    expect(bySource.get('fixtures/batch/bad-rows.csv:5')).toContain('id: required field is missing');
    expect(bySource.get('fixtures/batch/bad-rows.csv:6')).toContain('id "C-1" is already used at fixtures/batch/bad-rows.csv:2');
    expect(bySource.get('fixtures/batch/bad-rows.csv:7')).toContain('row has 5 fields; the header has 10');
    expect(bySource.get('fixtures/batch/bad-rows.csv:8')).toContain('Invalid Opening Quote: a quote is found on field 4 at line 8');
    expect(report.results.map((r: { id: string; source: string }) => `${r.id}@${r.source}`)).toEqual(['C-1@fixtures/batch/bad-rows.csv:2', 'C-8@fixtures/batch/bad-rows.csv:9']);
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

  it('an empty file has no records and no errors', () => {
    const { code: emptyCode, stdout: out } = atra(['assess', 'fixtures/batch/empty.csv', 'fixtures/batch/empty.ndjson', '--format', 'json']);
    expect(emptyCode).toBe(0);
    expect(JSON.parse(out).summary).toMatchObject({ records: 0, assessed: 0, errors: 0 });
  });

  it('an unknown CSV column stops that file with file:line:col and a hint (exit 2)', () => {
    const bad = atra(['assess', 'fixtures/batch/bad-header.csv', '--format', 'ndjson']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('fixtures/batch/bad-header.csv:1:3  error  csv-header  column 3 \\"end_usr.type\\" is not a record field Fix: did you mean \\"end_user.type\\"?');
  });
});

describe('batch output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atra-batch-'));
  const ndjson = join(dir, 'batch.ndjson');
  const csv = join(dir, 'batch.csv');
  // Enough records for several units and both workers, with varied decisions and a few bad lines.
  const lines: string[] = [];
  const csvLines = ['id,date,exporter.state,importer.state,end_user.name,end_user.state,end_user.type,items[0].category,items[0].class,items[0].quantity,items[0].flags,transit,brokers,officer.knowledge_6_3'];
  const states = ['XB', 'XR', 'XD', 'XE', 'XF', 'KP', 'KE', 'QM'];
  for (let i = 0; i < 6000; i++) {
    const state = states[i % states.length]!;
    const record = { id: `R-${i}`, date: '2026-03-14', exporter: { state: 'XA' }, importer: { state }, end_user: { name: 'Forces', state, type: i % 3 ? 'armed-forces' : 'police' }, items: [{ category: 'small-arms', class: 'arm', quantity: 10, flags: [] }], transit: [], brokers: [], officer: { knowledge_6_3: false } };
    lines.push(i % 997 === 5 ? '{not json' : JSON.stringify(record));
    csvLines.push(`R-${i},2026-03-14,XA,${state},Forces,${state},${i % 3 ? 'armed-forces' : 'police'},small-arms,arm,${i % 991 === 7 ? 'x' : 10},[],[],[],false`);
  }
  writeFileSync(ndjson, `${lines.join('\n')}\n`);
  writeFileSync(csv, `${csvLines.join('\n')}\n`);

  it.each([
    ['ndjson', ndjson],
    ['csv', csv],
  ])('%s input: results with worker threads are identical to one thread, in input order', (_, file) => {
    const one = atra(['assess', file, '--format', 'ndjson', '--jobs', '0']);
    const two = atra(['assess', file, '--format', 'ndjson', '--jobs', '2']);
    // Some generated rows are broken on purpose: records ending in errors make the exit code 1.
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const rows = one.stdout.trim().split('\n').map(line => JSON.parse(line) as { id?: string; summary?: { records: number; assessed: number; errors: number } });
    const ids = rows.flatMap(r => (r.id ? [Number(r.id.slice(2))] : []));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const summary = rows.at(-1)!.summary!;
    expect(summary.records).toBe(6000);
    expect(summary.assessed + summary.errors).toBe(6000);
    expect(summary.errors).toBeGreaterThan(0);
  });

  it('CSV output is a summary with id, decision, triggered bases and the source line', () => {
    const { stdout } = atra(['assess', ndjson, '--format', 'csv']);
    const [header, first] = stdout.split('\n');
    expect(header).toBe('id,source,decision,decided_by,triggered_bases,unknown_criteria,error');
    expect(first).toMatch(/^R-0,.*batch\.ndjson:1,[a-z-]+,/);
    expect(stdout).toContain(',error,,,,');
  });

  it('JSON stays complete: every record is in results or errors', () => {
    const report = JSON.parse(atra(['assess', csv, '--format', 'json', '--jobs', '2']).stdout);
    expect(report.results.length + report.errors.length).toBe(6000);
    expect(report.summary.records).toBe(6000);
    expect(report.inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shows no progress bar when standard error is not a terminal', () => {
    expect(atra(['assess', ndjson, '--format', 'csv']).stderr).toBe('');
  });

  it('shows a progress bar on a terminal', async () => {
    const { screen, code } = await runInPty(`node bin/atra.js assess ${ndjson} --format csv --output ${join(dir, 'out.csv')}`, []);
    expect(code).toBe(1);
    expect(screen).toMatch(/assessing \[[^\]]*\] \d+% \| [\d.]+ of [\d.]+ MB/);
  });
});
