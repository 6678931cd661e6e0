import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atra } from './run-report.js';

describe('atra report att-annual with a register given twice', () => {
  it('counts nothing twice and cites, for each record of the copy, the first line of its id', async () => {
    const register = 'fixtures/register/register.ndjson';
    const copy = join(mkdtempSync(join(tmpdir(), 'atra-dup-')), 'copy.ndjson');
    copyFileSync(register, copy);
    const base = ['report', 'att-annual', '--year', '2025', '--basis', 'authorized', '--reporting-state', 'XA', '--format', 'json'];
    const once = JSON.parse((await atra([...base, register])).stdout).tables;
    const twice = JSON.parse((await atra([...base, register, copy])).stdout).tables;
    expect(twice.exports).toEqual(once.exports);
    expect(twice.imports).toEqual(once.imports);
    type Entry = { id: string; source: string; code: string; reason: string };
    // Every record of the copy is either invalid (it claims no id) or a duplicate: none is counted or
    // left out for another reason, and the duplicates are exactly the ids the first run counted or left out.
    const fromCopy = (twice.left_out as Entry[]).filter(e => e.source.startsWith(`${copy}:`));
    expect(new Set(fromCopy.map(e => e.code))).toEqual(new Set(['duplicate-id', 'invalid-record']));
    const duplicates = fromCopy.filter(e => e.code === 'duplicate-id');
    expect(new Set(duplicates.map(e => e.source)).size).toBe(duplicates.length);
    expect(twice.left_out_counts['duplicate-id']).toBe(once.left_out_counts['duplicate-id'] + duplicates.length);
    const seenOnce = new Set<string>([...[...once.exports, ...once.imports].flatMap((row: { ids: string[] }) => row.ids), ...(once.left_out as Entry[]).filter(e => e.code !== 'invalid-record').map(e => e.id)]);
    expect(new Set(duplicates.map(e => e.id))).toEqual(seenOnce);
    const firstLine = new Map<string, number>();
    readFileSync(register, 'utf8').split('\n').forEach((text, index) => {
      try {
        const id = (JSON.parse(text) as { id?: unknown }).id;
        if (typeof id === 'string' && !firstLine.has(id)) firstLine.set(id, index + 1);
      } catch {
        // Lines that are not JSON are the register's invalid records; they claim no id.
      }
    });
    for (const entry of duplicates) expect(entry.reason).toBe(`id "${entry.id}" is already used at ${register}:${firstLine.get(entry.id)}`);
  });
});
