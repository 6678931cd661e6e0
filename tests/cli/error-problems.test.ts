import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportSchema } from '../../src/schema/schemas.js';
import { runInProcess as atra } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'atra-problems-'));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const GOOD = { id: 'G-1', date: '2026-03-14', items: [{ category: 'small-arms', class: 'arm' }] };

interface Problem {
  code: string;
  severity: string;
  message: string;
  hint?: string;
  path?: string;
  location?: { file: string; line: number; column?: number };
}

describe('an error entry gives its problems as fields, as lint does, beside the worded message', () => {
  it('YAML: each problem with its code, path, fix and file:line:col; the JSON report still matches its schema', async () => {
    const path = write('bad.yaml', 'id: X1\ndate: 2026-01-01\nitems:\n  - category: tank\n    class: arm\n');
    const run = await atra(['assess', path, '--format', 'json', '--assessed-at', '2026-11-23T00:00:00Z']);
    const report = JSON.parse(run.stdout) as { errors: { message: string; problems: Problem[] }[] };
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.errors[0]?.problems).toEqual([
      { code: 'record', severity: 'error', message: expect.stringContaining('got "tank"') as string, hint: 'write "battle-tanks"', path: 'items[0].category', location: { file: path, line: 4, column: 15 } },
    ]);
    // The worded message is unchanged, and says the same.
    expect(report.errors[0]?.message).toContain(`${path}:4:15  error  record  items[0].category`);
  });

  it('NDJSON: a broken line, a duplicate id and a bad field each have their own code and line', async () => {
    const lines = [JSON.stringify(GOOD), '{"id": "B", "date":', JSON.stringify(GOOD), JSON.stringify({ ...GOOD, id: 'C', activity: 'sale' })];
    const path = write('bad.ndjson', `${lines.join('\n')}\n`);
    const run = await atra(['assess', path, '--format', 'ndjson', '--jobs', '0']);
    const errors = run.stdout.trim().split('\n').map(line => JSON.parse(line) as { error?: { source: string; problems?: Problem[] } }).flatMap(line => (line.error ? [line.error] : []));
    expect(errors.map(error => [error.source, error.problems?.map(problem => problem.code)])).toEqual([
      [`${path}:2`, ['json-syntax']],
      [`${path}:3`, ['duplicate-id']],
      [`${path}:4`, ['record']],
    ]);
    expect(errors[2]?.problems?.[0]).toMatchObject({ path: 'activity', location: { file: path, line: 4 } });
  });

  it('CSV: a header that cannot be read stops the file with its code', async () => {
    const path = write('bad.csv', 'id,date,items[0].categry\nA,2026-03-14,small-arms\n');
    const run = await atra(['assess', path, '--format', 'json', '--assessed-at', '2026-11-23T00:00:00Z']);
    const report = JSON.parse(run.stdout) as { errors: { problems: Problem[] }[] };
    expect(report.errors[0]?.problems).toEqual([
      { code: 'csv-header', severity: 'error', message: 'column 3 "items[0].categry" is not a record field', hint: 'did you mean "items[0].category"?', location: { file: path, line: 1, column: 3 } },
    ]);
  });
});
