import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atra } from './run-report.js';

const ARGS = ['--year', '2025', '--basis', 'authorized', '--reporting-state', 'XA', '--no-assess'];
const RECORD = { id: 'S-1', date: '2025-01-02', exporter: { state: 'XA' }, importer: { state: 'XB' }, items: [{ category: 'warships', class: 'arm', quantity: 1, value_usd: 5e7, description: 'corvette' }], licence: { status: 'authorized', date: '2025-02-01' } };

describe('atra report (in process)', () => {
  it('writes a nil report when the state has nothing to report', async () => {
    const { code, stdout } = await atra(['report', 'att-annual', 'fixtures/register/register.ndjson', ...ARGS.slice(0, 4), '--reporting-state', 'ZZ', '--no-assess']);
    expect(code).toBe(0);
    expect(stdout).toContain('Nil report: ZZ did not authorize any exports or imports of conventional arms covered by Article 2(1) during calendar year 2025.');
    expect(stdout).toContain('Nil report: no authorized exports of conventional arms covered by Article 2(1) in 2025.');
  });

  it('reads standard input and prints every CSV table when no folder is given', async () => {
    const { code, stdout } = await atra(['report', 'att-annual', '-', ...ARGS, '--format', 'csv', '--measure', 'value'], JSON.stringify(RECORD));
    expect(code).toBe(0);
    expect(stdout).toContain('# exports.csv\nCategory,SALW sub-category,Authorized or actual,Final importing State,Value (USD),Description of item,Comments on the transfer\r\nVI Warships,,Authorized,Belmark (XB),50000000,corvette,1 licence\r\n');
    expect(stdout).toContain('# imports.csv\n');
  });

  it('keeps a description that a spreadsheet would run as a formula as text', async () => {
    const record = { ...RECORD, items: [{ ...RECORD.items[0], description: '=HYPERLINK("http://example.org","x")' }] };
    const { stdout } = await atra(['report', 'att-annual', '-', ...ARGS, '--format', 'csv'], JSON.stringify(record));
    expect(stdout).toContain(`,"'=HYPERLINK(""http://example.org"",""x"")",`);
  });

  it('puts the UN Register categories I-VII and SALW on separate forms, numbers only', async () => {
    const { stdout } = await atra(['report', 'unroca', '-', ...ARGS.slice(0, 2), '--reporting-state', 'XA', '--basis', 'authorized', '--no-assess', '--format', 'html'], JSON.stringify(RECORD));
    expect(stdout).toContain('<td>VI. Warships</td><td>Belmark (XB)</td><td>1</td>');
    expect(stdout).toContain('Nil: no exports of small arms and light weapons in 2025.');
    expect(stdout).not.toContain('50000000');
  });

  it('names the state of origin of re-exported items in its own row of the UN Register form', async () => {
    const reExport = { ...RECORD, id: 'S-2', items: [{ ...RECORD.items[0], origin_state: 'XF' }] };
    const input = [RECORD, reExport].map(record => JSON.stringify(record)).join('\n');
    const { code, stdout } = await atra(['report', 'unroca', '-', ...ARGS.slice(0, 2), '--reporting-state', 'XA', '--basis', 'authorized', '--no-assess', '--format', 'html', '--input-format', 'ndjson'], input);
    expect(code).toBe(0);
    expect(stdout).toContain('<td>VI. Warships</td><td>Belmark (XB)</td><td>1</td><td></td>');
    expect(stdout).toContain('<td>VI. Warships</td><td>Belmark (XB)</td><td>1</td><td>Fennmoor (XF)</td>');
  });

  it('points at the line of a mistake in the national definitions', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'atra-defs-')), 'defs.yaml');
    writeFileSync(file, 'definitions:\n  - term: Export\n    meaning: wrong key\n');
    const { code, stderr } = await atra(['report', 'att-annual', 'fixtures/register/register.ndjson', ...ARGS, '--national-definitions', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`${file}:3:\\d+`));
  });

  it('rejects a malformed year and an unreadable input with exit code 2, never a stack trace', async () => {
    const year = await atra(['report', 'att-annual', 'fixtures/register/register.ndjson', '--year', '25', '--basis', 'actual', '--reporting-state', 'XA']);
    expect(year).toMatchObject({ code: 2, stderr: expect.stringContaining('--year takes a four-digit year') });
    const missing = await atra(['report', 'att-annual', 'no/such.ndjson', ...ARGS]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('| no/such.ndjson:1 |  | invalid-record | cannot read no/such.ndjson: no such file |');
  });
});
