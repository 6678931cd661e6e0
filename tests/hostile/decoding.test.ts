import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unitsOf, type InputRead, type InputSource } from '../../src/batch/sources.js';
import { parseUnit } from '../../src/batch/units.js';
import { StrictDecoder, decodeAll } from '../../src/loader/decode.js';
import { chunkedSource, record } from './helpers.js';

/** Every record or error of an input, as JSON, with what stopped it. */
async function readAll(source: InputSource): Promise<string> {
  const read: InputRead = { sha256: '' };
  const out: unknown[] = [];
  for await (const unit of unitsOf(source, read)) out.push(...(await parseUnit(unit)));
  return JSON.stringify({ out, fatal: read.fatal, sha256: read.sha256 });
}

const name = fc.array(fc.constantFrom('é', '中', '🙂', 'ß', 'ﬀ', 'Ω', 'a', ' ', 'ק', '\u0301'), { minLength: 1, maxLength: 12 }).map(parts => parts.join('').trim() || 'x');

function ndjson(names: readonly string[], eol: string): Buffer {
  return Buffer.from(names.map((n, i) => JSON.stringify(record({ id: `N-${i}`, end_user: { name: n, state: 'XB', type: 'police' } }))).join(eol) + eol);
}

function csv(names: readonly string[], eol: string): Buffer {
  const rows = ['id,date,end_user.name,end_user.state,end_user.type,items[0].category,items[0].class,items[0].quantity', ...names.map((n, i) => `C-${i},2026-03-14,"${n}",XB,police,small-arms,arm,1`)];
  return Buffer.from(rows.join(eol) + eol);
}

describe('decoding keeps characters whole, whatever the chunking', () => {
  it('property: NDJSON and CSV give the same records for any chunking and any line ending', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 5 }), fc.array(fc.nat(4000), { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), async (names, cuts, eol) => {
        for (const [format, build] of [['ndjson', ndjson], ['csv', csv]] as const) {
          const whole = JSON.parse(await readAll(chunkedSource(format, build(names, '\n'), [])));
          const bytes = build(names, eol);
          const split = JSON.parse(await readAll(chunkedSource(format, bytes, cuts)));
          expect(split.out).toEqual(whole.out);
          expect(split.fatal).toBeUndefined();
          const kept = split.out.map((entry: { record?: { end_user: { name: string } } }) => entry.record?.end_user.name);
          expect(kept).toEqual(names);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property: the decoder gives the same text for any chunking', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.array(fc.nat(200)), (text, cuts) => {
        const bytes = Buffer.from(text.replace(/\r\n?/g, '\n').replace(/\u0000/g, ''));
        const decoder = new StrictDecoder();
        let out = '';
        let last = 0;
        for (const cut of [...new Set(cuts.map(c => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
          out += decoder.push(bytes.subarray(last, cut));
          last = cut;
        }
        out += decoder.push(bytes.subarray(last)) + decoder.end();
        expect(out).toBe(decodeAll(bytes));
      }),
    );
  });

  it('property: invalid UTF-8 anywhere is an error with its line, never a silent replacement', async () => {
    const bad = fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80]);
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 2, maxLength: 4 }), bad, fc.nat(), fc.array(fc.nat(3000), { maxLength: 6 }), async (names, bytes, where, cuts) => {
        const good = ndjson(names, '\n');
        const lines = good.toString('utf8').split('\n');
        const line = where % names.length;
        const before = Buffer.from(`${lines.slice(0, line).join('\n')}${line ? '\n' : ''}`);
        const corrupt = Buffer.concat([before, Buffer.from('{"id": "'), Buffer.from(bytes), Buffer.from(`"}\n${lines.slice(line + 1).join('\n')}`)]);
        const result = JSON.parse(await readAll(chunkedSource('ndjson', corrupt, cuts)));
        expect(result.fatal?.[0]?.code).toBe('invalid-utf8');
        expect(result.fatal?.[0]?.location.line).toBe(line + 1);
        expect(JSON.stringify(result.out)).not.toContain('\ufffd');
      }),
      { numRuns: 60 },
    );
  });

  it('NUL bytes are errors with their line', async () => {
    const result = JSON.parse(await readAll(chunkedSource('csv', Buffer.from('id,date\nA,2026-01-01\nB,\u00002026\n'), [])));
    expect(result.fatal[0]).toMatchObject({ code: 'nul-byte', location: { line: 3 } });
  });

  it('UTF-16 (either byte order) is decoded; UTF-32 is refused by name', async () => {
    const text = JSON.stringify(record({ end_user: { name: 'Ωmega 🙂', state: 'XB', type: 'police' } }));
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    for (const bytes of [le, be]) {
      const result = JSON.parse(await readAll(chunkedSource('yaml', bytes, [3, 7, 8])));
      expect(result.out[0].record.end_user.name).toBe('Ωmega 🙂');
    }
    const utf32 = JSON.parse(await readAll(chunkedSource('ndjson', Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), [])));
    expect(utf32.fatal[0].message).toContain('UTF-32');
  });

  it('old-Mac CR-only CSV rows do not vanish', async () => {
    const result = JSON.parse(await readAll(chunkedSource('csv', csv(['a', 'b', 'c'], '\r'), [])));
    expect(result.out).toHaveLength(3);
    expect(result.out.every((entry: object) => 'record' in entry)).toBe(true);
  });
});
