import { describe, expect, it } from 'vitest';
import { loadRecordsFromYaml } from '../../src/loader/records.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInputs } from '../../src/batch/inputs.js';

const source = (text: string, file = 'apps.yaml') => ({ file, text, sha256: '' });

describe('record loading', () => {
  it('reports a wrong category with file:line:col, the path, the allowed values and a fix', async () => {
    const loaded = await loadRecordsFromYaml(source('id: A\ndate: 2026-01-01\nitems:\n  - category: tank\n    class: arm\n'));
    expect(loaded.records).toEqual([]);
    const [problem] = loaded.errors[0]!.diagnostics;
    expect(problem).toMatchObject({ path: 'items[0].category', location: { file: 'apps.yaml', line: 4, column: 15 }, hint: 'write "battle-tanks"' });
    expect(problem!.message).toMatch(/^expected one of battle-tanks, .*; got "tank"$/);
  });

  it('points an unknown key at the key and suggests the right one', async () => {
    const loaded = await loadRecordsFromYaml(source('id: A\ndate: 2026-01-01\nend_usr: {}\nitems: [{ category: missiles, class: arm }]\n'));
    expect(loaded.errors[0]!.diagnostics[0]).toMatchObject({ path: 'end_usr', location: { line: 3, column: 1 }, hint: 'did you mean "end_user"?' });
  });

  it('keeps good records when one is bad: results + errors = records', async () => {
    const text = [
      '- { id: A, date: 2026-01-01, items: [{ category: missiles, class: arm }] }',
      '- { id: B, date: 2026-13-01, items: [{ category: missiles, class: arm }] }',
      '- { id: C, date: 2026-01-01, items: [] }',
    ].join('\n');
    const loaded = await loadRecordsFromYaml(source(text));
    expect(loaded.records.map(r => r.record.id)).toEqual(['A']);
    expect(loaded.errors.map(e => [e.source, e.id])).toEqual([['apps.yaml:2', 'B'], ['apps.yaml:3', 'C']]);
  });

  it('a YAML syntax error makes the file unreadable, with its position', async () => {
    const loaded = await loadRecordsFromYaml(source('id: A\n  date: [2026\n'));
    expect(loaded.unreadable).toBe(true);
    expect(loaded.errors[0]!.diagnostics[0]!.code).toBe('yaml-syntax');
    expect(loaded.errors[0]!.source).toMatch(/^apps\.yaml:\d+:\d+$/);
  });

  it('a document nested too deeply for the parser is a resource limit, not a syntax error', async () => {
    const depth = 3000;
    const loaded = await loadRecordsFromYaml(source(`id: X\ndate: 2026-01-01\nitems: ${'['.repeat(depth)}${']'.repeat(depth)}\n`));
    expect(loaded.unreadable).toBe(true);
    expect(loaded.errors[0]?.diagnostics[0]).toMatchObject({ code: 'yaml-resources', message: 'the document is nested too deeply to read' });
  });

  it('records field positions so evidence can cite file:line:col', async () => {
    const loaded = await loadRecordsFromYaml(source('id: A\ndate: 2026-01-01\nend_user:\n  state: KP\nitems: [{ category: missiles, class: arm }]\n'));
    expect(loaded.records[0]!.origin.fields!['end_user.state']).toEqual([4, 10]);
  });

  it('NDJSON reports each bad line by number and keeps the rest', async () => {
    const text = '{"id":"A","date":"2026-01-01","items":[{"category":"missiles","class":"arm"}]}\n{broken\n\n{"id":"C","date":"2026-01-01","items":[{"category":"nope","class":"arm"}]}\n';
    const file = join(mkdtempSync(join(tmpdir(), 'atra-ndjson-')), 'apps.ndjson');
    writeFileSync(file, text);
    const loaded = await loadInputs([file], async () => '');
    expect(loaded.records.map(r => r.origin.line)).toEqual([1]);
    expect(loaded.errors.map(e => e.source)).toEqual([`${file}:2`, `${file}:4`]);
  });

  it('JSON and YAML of the same records load to equal records', async () => {
    const yaml = await loadInputs(['fixtures/applications/12-review-no-profile.yaml'], async () => '');
    const json = await loadInputs(['fixtures/applications/12-review-no-profile.json'], async () => '');
    expect(json.records.map(r => r.record)).toEqual(yaml.records.map(r => r.record));
  });

  it('a reused id is an error citing the first use', async () => {
    const loaded = await loadInputs(['fixtures/applications/batch.yaml'], async () => '');
    expect(loaded.records).toHaveLength(1);
    expect(loaded.errors.map(e => e.message).join('\n')).toContain('id "APP-2026-0101" is already used at fixtures/applications/batch.yaml:2');
  });
});
