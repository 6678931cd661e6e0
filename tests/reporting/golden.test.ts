import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atra, stable } from './run-report.js';

// The expected 2025 report of the fixture register (authorized basis), checked row by row against an
// independent computation (fixtures/register/cross-check.py). Update with `npx vitest -u` and review.
const REGISTER = 'fixtures/register/register.ndjson';
const BASE = ['report', 'att-annual', REGISTER, '--year', '2025', '--basis', 'authorized', '--reporting-state', 'XA', '--generated-at', '2026-05-01T00:00:00Z', '--national-definitions', 'fixtures/register/national-definitions.yaml'];
const EXPECTED = '../../fixtures/register/expected';

describe('atra report att-annual on the fixture register', () => {
  it.each(['markdown', 'html'] as const)('matches the expected %s report', async format => {
    const { code, stdout, stderr } = await atra([...BASE, '--format', format]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    await expect(stable(stdout)).toMatchFileSnapshot(`${EXPECTED}/att-annual-2025.${format === 'markdown' ? 'md' : 'html'}`);
  });

  it('matches the expected JSON, which lists the records of every row and the sha256 of every input', async () => {
    const { stdout } = await atra([...BASE, '--format', 'json']);
    const report = JSON.parse(stdout);
    expect(report.inputs).toEqual([{ file: REGISTER, sha256: createHash('sha256').update(readFileSync(REGISTER)).digest('hex') }]);
    for (const row of [...report.tables.exports, ...report.tables.imports]) expect(row.ids.length).toBe(row.records);
    for (const c of report.assessment.criteria) expect(c.sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(`${JSON.stringify({ ...report, tool: { name: 'atra' }, assessment: { criteria_set: 'att', criteria: report.assessment.criteria.length } }, null, 2)}\n`).toMatchFileSnapshot(`${EXPECTED}/att-annual-2025.json`);
  });

  it('writes one CSV file per table into the --output folder, matching the expected ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atra-report-'));
    expect((await atra([...BASE, '--format', 'csv', '--output', dir])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['exports.csv', 'imports.csv', 'left-out.csv']);
    for (const name of ['exports.csv', 'imports.csv']) await expect(readFileSync(join(dir, name), 'utf8')).toMatchFileSnapshot(`${EXPECTED}/csv/${name}`);
  });

  it('matches the expected UN Register forms', async () => {
    const { stdout } = await atra(['report', 'unroca', REGISTER, '--year', '2025', '--reporting-state', 'XA', '--generated-at', '2026-05-01T00:00:00Z']);
    await expect(stable(stdout)).toMatchFileSnapshot(`${EXPECTED}/unroca-2025.md`);
  });

  it('gives the same tables from every input format', async () => {
    type Tables = { left_out: { source: string; reason: string }[] };
    const tables = async (file: string): Promise<Tables> => (JSON.parse((await atra(['report', 'att-annual', file, ...BASE.slice(3), '--format', 'json'])).stdout) as { tables: Tables }).tables;
    const expected = await tables(REGISTER);
    // Sources name the file and line (CSV counts its header): compare everything else.
    const sourceless = (t: { left_out: { source: string; reason: string }[] }) => ({
      ...t,
      left_out: t.left_out.map(({ source: _, ...rest }) => ({ ...rest, reason: rest.reason.replace(/register\.\w+:\d+/g, '<source>') })),
    });
    for (const format of ['csv', 'yaml', 'json']) expect(sourceless(await tables(`fixtures/register/register.${format}`))).toEqual(sourceless(expected));
  });
});
