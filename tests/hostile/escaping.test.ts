import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { csvSafeCell, escapeMarkdown, escapeText } from '../../src/report/index.js';
import { atra, crashed, record, scratch } from './helpers.js';

const dir = scratch();

// Characters that forge or hide report lines: controls (newline, ESC of ANSI sequences), format and
// bidirectional characters, separators, lone surrogates, and look-alikes of Markdown markup.
const HOSTILE = ['\n', '\r', '\u001b[2J', '\u001b]8;;x\u0007', '\u202e', '\u2066', '\u200b', '\u2028', '\u2029', '\ufeff', '\ud800', '\udfff', '\u0000', '\t', '|', '## ', '<script>', '[x](http://e)', '`', '*', '\u00ad', '\u061c'];
const hostileText = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { minLength: 1, maxLength: 8 }).map(parts => parts.join(''));

/** Characters no report line may carry raw. */
const RAW = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;

describe('record text is shown escaped', () => {
  it('escapeText leaves no control, format or surrogate character; escapeMarkdown leaves no markup', () => {
    fc.assert(
      fc.property(hostileText, text => {
        expect(escapeText(text)).not.toMatch(RAW);
        const md = escapeMarkdown(text);
        expect(md).not.toMatch(RAW);
        expect(md).not.toMatch(/(?<!\\)[|`*[\]]/);
        expect(md).not.toContain('<');
      }),
    );
  });

  it('the bidirectional override and a newline are shown as \\u202e and \\n', () => {
    expect(escapeText('a\u202eb\nc')).toBe('a\\u202eb\\nc');
  });

  it('property: text and Markdown reports of hostile ids and names have exactly one block per record', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (id, name) => {
        const file = join(dir, `r${n++}.json`);
        const records = [record({ id: `${id}-1`, end_user: { name, state: 'XB', type: 'police' } }), record({ id: `${id}-2`, end_use: name })];
        writeFileSync(file, JSON.stringify(records));
        const text = await atra(['assess', file]);
        expect(crashed(text)).toBe(false);
        for (const line of text.stdout.split('\n')) expect(line).not.toMatch(RAW);
        expect(text.stdout.split('\n').filter(line => line.startsWith('  Recommendation:')).length + (text.stdout.match(/^ {2}✗ /gm)?.length ?? 0)).toBe(2);
        const md = await atra(['assess', file, '--format', 'markdown']);
        for (const line of md.stdout.split('\n')) expect(line).not.toMatch(RAW);
        const sections = md.stdout.split('\n').filter(line => line.startsWith('## '));
        const results = (md.stdout.match(/^\| Recommendation \|/gm) ?? []).length;
        const errors = md.stdout.includes('## Records not assessed') ? 1 : 0;
        expect(sections.length).toBe(results + errors + 1);
        // Every table row has as many cells as its header: no name adds a column.
        for (const line of md.stdout.split('\n').filter(l => l.startsWith('| '))) {
          const cells = line.replace(/\\\|/g, '').split('|').length;
          expect([4, 5, 6]).toContain(cells);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('CSV cells are never formulas', () => {
  const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/u;

  it('property: a cell starting with = + - @ tab CR (or a full-width form) gets a leading quote', () => {
    const start = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\uff1d', '\uff0b', '\uff0d', '\uff20', ' =', '  @');
    fc.assert(
      fc.property(start, fc.string(), (head, rest) => {
        const cell = csvSafeCell(`${head}${rest}`);
        const parsed: string[][] = parseCsv(cell, { relax_quotes: false });
        const value = parsed[0]?.[0];
        expect(value).toMatch(/^'/);
        expect(value?.slice(1)).toBe(`${head}${rest}`);
      }),
    );
  });

  it('property: the CSV report of hostile ids parses, one row per record, no cell a formula', async () => {
    let n = 0;
    const id = fc.tuple(fc.constantFrom('=', '+', '-', '@', '\uff1d', 'A'), fc.stringMatching(/^[A-Za-z0-9(),"=;!*]{1,12}$/)).map(([a, b]) => `${a}${b}`);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(id, { minLength: 1, maxLength: 4, selector: v => v.trim() }), async ids => {
        const file = join(dir, `c${n++}.ndjson`);
        writeFileSync(file, ids.map(i => JSON.stringify(record({ id: i }))).join('\n'));
        const run = await atra(['assess', file, '--format', 'csv']);
        const rows: Record<string, string>[] = parseCsv(run.stdout, { columns: true });
        expect(rows.length).toBe(ids.length);
        for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA_START);
      }),
      { numRuns: 15 },
    );
  });
});
