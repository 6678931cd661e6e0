import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const CONTEXT = ['--context', 'training', '--context', 'fixtures/screening/context'];

function tmp(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'atra-screen-')), name);
  writeFileSync(file, text);
  return file;
}

describe('atra screen', () => {
  it('screens names one per line, with scores and explanations', async () => {
    const names = tmp('names.txt', '# parties of the week\nKassem Farouk al-Zaidani\n\nBelmark Ministry of Defence\n');
    const { code, stdout } = await cli(['screen', names, ...CONTEXT]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/MATCH {2}"Kassem Farouk al-Zaidani" \(.*names\.txt:2\)/);
    expect(stdout).toMatch(/0\.\d{3} match: "Kassem Farouk al-Zaidani" ~ "Kasim Farouk Zaidani" \(alias of "QASIM FARUQ AL-ZAYDANI"\) \[un-isil-al-qaida QDi\.901\]: matched kassem ~ kasim/);
    expect(stdout).toMatch(/clear {2}"Belmark Ministry of Defence"/);
  });

  it('reads names from standard input', async () => {
    const { code, stdout } = await cli(['screen', '-', '--format', 'json'], 'Al Shabab Trading Ltd\n');
    expect(code).toBe(0);
    const [result] = JSON.parse(stdout).results;
    expect(result).toMatchObject({ name: 'Al Shabab Trading Ltd', source: '<stdin>:1', outcome: 'possible' });
  });

  it('screens a name written only in Arabic script against the original-script name on the list', async () => {
    const { stdout } = await cli(['screen', '--name', 'قاسم فاروق الزيداني', ...CONTEXT, '--format', 'json']);
    const [result] = JSON.parse(stdout).results;
    expect(result.outcome).toBe('match');
    expect(result.candidates[0].entry).toBe('QASIM FARUQ AL-ZAYDANI');
  });

  it('reads CSV with a name column and country, and counts the country against a match', async () => {
    const csv = tmp('parties.csv', 'name,country\nNorthern Spear Logistics LLC,XA\nNorthern Spear Logistics LLC,AE\n');
    const { stdout } = await cli(['screen', csv, ...CONTEXT, '--format', 'csv']);
    const rows = stdout.trim().split('\n');
    expect(rows[0]).toBe('name,source,record,role,outcome,score,band,hit_outcome,list,entry,listed_name,reference,explanation,decision');
    expect(rows[1]).toMatch(/^Northern Spear Logistics LLC,.*parties\.csv:2,,,possible,0\.900,possible,possible,un-isil-al-qaida,NORTHERN SPEAR LOGISTICS FZE,/);
    expect(rows[2]).toMatch(/parties\.csv:3,,,match,1\.000,match/);
  });

  it('screens every named party of record files on the record date', async () => {
    const { stdout } = await cli(['screen', 'fixtures/screening/applications/possible-match.yaml', ...CONTEXT, '--format', 'json']);
    const results = JSON.parse(stdout).results as { role: string; record: string; date: string; outcome: string }[];
    expect(results.map(r => r.role)).toEqual(['end_user.name', 'importer.name', 'brokers[0].name', 'exporter.name']);
    expect(results.every(r => r.record === 'APP-2026-0101' && r.date === '2026-03-14')).toBe(true);
    expect(results.find(r => r.role === 'brokers[0].name')?.outcome).toBe('possible');
  });

  it('reads a CSV without a name column as transfer records', async () => {
    const { code, stdout } = await cli(['screen', 'fixtures/batch/applications.csv', '--format', 'json']);
    expect(code).toBe(0);
    const results = JSON.parse(stdout).results as { record?: string; role?: string }[];
    // Every named party of the four records, and nothing else: the CSV has no name column to screen instead.
    expect(results.map(r => `${r.record} ${r.role}`).sort()).toEqual(
      ['B-001 end_user.name', 'B-001 importer.name', 'B-001 exporter.name', 'B-002 end_user.name', 'B-002 importer.name', 'B-002 brokers[0].name', 'B-002 exporter.name', 'B-003 end_user.name', 'B-004 end_user.name'].sort(),
    );
  });

  it('exits 1 at --fail-on possible for a possible match, and 0 at --fail-on match', async () => {
    const args = ['screen', '--name', 'Northern Spear Logistics', '--name', 'Al Shabab Trading Ltd', '--no-default-context', ...CONTEXT];
    expect((await cli([...args, '--fail-on', 'possible'])).code).toBe(1);
    expect((await cli(['screen', '--name', 'Al Shabab Trading Ltd', '--fail-on', 'match'])).code).toBe(0);
    expect((await cli(['screen', '--name', 'Al Shabab Trading Ltd', '--fail-on', 'possible'])).code).toBe(1);
  });

  it('prints dismissed hits, marked with who dismissed them and why, and does not fail on them', async () => {
    const { code, stdout } = await cli(['screen', 'fixtures/screening/applications/possible-match.yaml', ...CONTEXT, '--screening-decisions', 'fixtures/screening/screening-decisions.yaml', '--fail-on', 'possible']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/DISMISSED {2}"Northern Spear Logistics LLC"/);
    expect(stdout).toMatch(/dismissed as a false positive by A\. Example \(licensing officer\) on 2026-03-10/);
  });

  it('refuses to call a name with no letters or digits clear', async () => {
    const { code, stderr } = await cli(['screen', '--name', '***']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/"\*\*\*" has no letters or digits: it cannot be screened/);
  });

  it('says what is wrong when there is nothing to screen', async () => {
    const { code, stderr } = await cli(['screen']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/nothing to screen/);
  });
});
