import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'atra-exit-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const INVALID = file(
  'invalid.yaml',
  ['- { id: A, date: 2026-02-30, items: [{ category: small-arms, class: arm }] }', '- { id: B, date: 2026-03-01, importer: { state: UK }, items: [{ category: small-arms, class: arm }] }', '- { id: C, date: 2026-03-01, items: [] }', '- { id: D, date: 1/3/2026, items: [{ category: small-arms, class: arm }] }', ''].join('\n'),
);

describe('exit codes CI can rely on', () => {
  it('exits 1 when every record fails validation, without --fail-on', async () => {
    const run = await runInProcess(['assess', INVALID]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('4 record(s): 0 assessed, 4 error(s)');
  });

  it('exits 1 when one record of several fails, even with a --fail-on the others stay below', async () => {
    const mixed = file('mixed.yaml', `- { id: OK, date: 2026-03-01, items: [{ category: other, class: arm }] }\n- { id: BAD, date: 2026-02-30, items: [{ category: small-arms, class: arm }] }\n`);
    expect((await runInProcess(['assess', mixed, '--fail-on', 'prohibited'])).code).toBe(1);
  });

  it('exits 2 for input that cannot be read: a YAML or JSON syntax error, a folder, a missing file', async () => {
    expect((await runInProcess(['assess', file('broken.yaml', 'id: [A\n')])).code).toBe(2);
    expect((await runInProcess(['assess', file('broken.json', '{"id": "A",}')])).code).toBe(2);
    const folder = await runInProcess(['assess', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`atra: ${dir} is a folder, not a record file\n  Fix: name the files inside it, e.g. ${dir}/*.yaml`);
    expect(folder.stdout).toBe('');
    expect(folder.stderr).not.toContain('EISDIR');
    expect((await runInProcess(['assess', join(dir, 'missing.yaml')])).code).toBe(2);
  });

  it('exits 0 when everything was assessed and nothing reached --fail-on', async () => {
    expect((await runInProcess(['assess', 'fixtures/applications/01-approve.yaml', '--fail-on', 'refuse'])).code).toBe(0);
  });
});

describe('errors a new user meets', () => {
  it('reports every problem of every record in one run, one message each, in atra\'s words', async () => {
    const { stdout } = await runInProcess(['assess', INVALID]);
    expect(stdout).toContain('2026-02-30 is not a real date: February 2026 has 28 days');
    expect(stdout).toContain('"UK" is not an ISO 3166-1 alpha-2 country code Fix: did you mean "GB"?');
    expect(stdout).toContain('expected at least one item');
    expect(stdout).toContain('expected a date written YYYY-MM-DD; got "1/3/2026"');
    expect(stdout).not.toMatch(/Invalid (string|input)|must match pattern/);
  });

  it('a broken .json file is reported by the JSON parser with line:col, not as YAML', async () => {
    const broken = file('app.json', '{\n  "id": "A",\n  "date": "2026-03-01",\n}\n');
    const { stdout } = await runInProcess(['assess', broken]);
    expect(stdout).toContain(`${broken}:4:1  error  json-syntax`);
    expect(stdout).not.toContain('yaml-syntax');
  });

  it('recognises NDJSON on standard input by its content, one error per bad line', async () => {
    const ndjson = '{"id":"N1","date":"2026-03-01","items":[{"category":"other","class":"arm"}]}\n{"id":"N2","date":"2026-02-30","items":[{"category":"other","class":"arm"}]}\n{"id":"N3",}\n';
    const { code, stdout } = await runInProcess(['assess', '-', '--format', 'json'], ndjson);
    const report = JSON.parse(stdout);
    expect(report.summary).toMatchObject({ records: 3, assessed: 1, errors: 2 });
    expect(report.errors.map((e: { source: string }) => e.source)).toEqual(['<stdin>:2', '<stdin>:3']);
    expect(report.errors[1].message).toContain('<stdin>:3:12  error  json-syntax');
    expect(code).toBe(1);
  });

  it.each([
    [['assess', 'fixtures/applications/01-approve.yaml', '--assessed-at', 'notadate'], 'ISO 8601'],
    [['assess', 'fixtures/applications/01-approve.yaml', '--assessed-at', '2026-02-30T00:00:00Z'], 'not a real date'],
    [['assess', 'fixtures/applications/01-approve.yaml', '--jobs', 'many'], 'whole number or auto'],
    [['lint', 'criteria', '--today', 'notadate'], 'YYYY-MM-DD'],
    [['lint', 'criteria', '--max-warnings', 'x'], 'whole number'],
  ])('%j is a usage error (exit 2) before anything is written', async (argv, message) => {
    const run = await runInProcess(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });

  it('a valid --assessed-at is written into the report as given', async () => {
    const { stdout } = await runInProcess(['assess', 'fixtures/applications/01-approve.yaml', '--format', 'json', '--assessed-at', '2026-03-14']);
    expect(JSON.parse(stdout).assessed_at).toBe('2026-03-14');
  });
});
