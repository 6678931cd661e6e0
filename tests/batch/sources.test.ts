import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sniffFormat, unitsOf, type InputRead } from '../../src/batch/sources.js';
import { decodeCsvUnit } from '../../src/batch/units.js';
import { textSource } from '../helpers/batch-run.js';

describe('the format of standard input, from its content', () => {
  it('recognises NDJSON, JSON and YAML', async () => {
    expect(await sniffFormat(readFileSync('fixtures/batch/applications.ndjson', 'utf8'))).toBe('ndjson');
    expect(await sniffFormat(readFileSync('fixtures/batch/applications.json', 'utf8'))).toBe('json');
    expect(await sniffFormat(readFileSync('fixtures/applications/12-review-no-profile.json', 'utf8'))).toBe('json');
    expect(await sniffFormat(readFileSync('fixtures/batch/applications.yaml', 'utf8'))).toBe('yaml');
    expect(await sniffFormat('{"id": "A"}\n')).toBe('json');
    expect(await sniffFormat('{"id": "A"\n')).toBe('json');
    // YAML flow style also starts with a brace, and stays YAML.
    expect(await sniffFormat('{id: A, date: 2026-03-01, items: [{category: other, class: arm}]}\n')).toBe('yaml');
  });
});

describe('reading an input in units', () => {
  const units = async (format: 'ndjson' | 'csv' | 'yaml', text: string, unitSize: number, csvBytes = false) => {
    const read: InputRead = { sha256: '' };
    const out: { records: number; firstLine?: number }[] = [];
    for await (const raw of unitsOf(textSource(format, text), read, undefined, undefined, unitSize, { csvBytes })) {
      const unit = raw.kind === 'csv-bytes' ? decodeCsvUnit(raw) : raw;
      out.push(unit.kind === 'ndjson' ? { records: unit.lines.length, firstLine: unit.firstLine } : unit.kind === 'csv' ? { records: unit.text.trim().split('\n').length, firstLine: unit.firstLine } : { records: unit.items.length });
    }
    return { out, sha256: read.sha256 };
  };
  const lines = Array.from({ length: 10 }, (_, i) => JSON.stringify({ id: `U-${i}`, date: '2026-03-14', items: [{ category: 'other', class: 'arm' }] }));

  it('cuts NDJSON, CSV and YAML into units of the given size, each knowing its first line', async () => {
    expect((await units('ndjson', `${lines.join('\n')}\n`, 3)).out).toEqual([1, 4, 7, 10].map(firstLine => ({ records: firstLine === 10 ? 1 : 3, firstLine })));
    const csv = ['id,date,items[0].category,items[0].class', ...Array.from({ length: 10 }, (_, i) => `U-${i},2026-03-14,other,arm`)].join('\n');
    // The header is line 1, so the records start at line 2.
    expect((await units('csv', `${csv}\n`, 4)).out).toEqual([{ records: 4, firstLine: 2 }, { records: 4, firstLine: 6 }, { records: 2, firstLine: 10 }]);
    expect((await units('csv', `${csv}\n`, 4, true)).out).toEqual([{ records: 4, firstLine: 2 }, { records: 4, firstLine: 6 }, { records: 2, firstLine: 10 }]);
    expect((await units('yaml', `[${lines.join(',\n')}]\n`, 4)).out).toEqual([{ records: 4 }, { records: 4 }, { records: 2 }]);
  });

  it('hashes the whole input whatever the unit size', async () => {
    const text = `${lines.join('\n')}\n`;
    expect((await units('ndjson', text, 1)).sha256).toBe((await units('ndjson', text, 500)).sha256);
    expect((await units('ndjson', text, 1)).sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
