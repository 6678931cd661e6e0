import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unitsOf, type InputRead, type InputSource } from '../../src/batch/sources.js';
import { parseUnit } from '../../src/batch/units.js';
import { DEFAULT_LIMITS, type Limits } from '../../src/loader/index.js';
import { chunkedSource } from '../hostile/helpers.js';

const HEADER = 'id,date,end_user.name,end_user.state,end_user.type,items[0].category,items[0].class,items[0].quantity';

/** Reads an input as the batch does: every record or error in order, and what stopped the input. */
async function read(source: InputSource, csvBytes: boolean, limits: Limits = DEFAULT_LIMITS, unitSize = 3): Promise<{ entries: unknown[]; fatal: InputRead['fatal']; sha256: string }> {
  const state: InputRead = { sha256: '' };
  const entries: unknown[] = [];
  for await (const unit of unitsOf(source, state, undefined, limits, unitSize, { csvBytes })) entries.push(...(await parseUnit(unit)));
  return { entries, fatal: state.fatal, sha256: state.sha256 };
}

/** A field's text: letters, multi-byte characters (one of them outside the BMP), and CSV's special characters. */
const value = fc.array(fc.constantFrom('a', 'B', ' ', 'é', '中', '🙂', '"', ',', '\n', '\r\n', '\r'), { maxLength: 8 }).map(parts => parts.join(''));

const quoted = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A row: a valid record, a row with too few fields, a blank line, or a stray quote that may never close. */
const row = fc.oneof(
  { weight: 6, arbitrary: value.map(name => (i: number) => `C-${i},2026-03-14,${quoted(name)},XB,police,small-arms,arm,1`) },
  { weight: 1, arbitrary: value.map(name => (i: number) => `C-${i},${quoted(name)}`) },
  { weight: 1, arbitrary: fc.constant(() => '') },
  { weight: 1, arbitrary: fc.constant((i: number) => `C-${i},2026-03-14,say "hi,XB`) },
);

const csvFile = fc.record({
  rows: fc.array(row, { maxLength: 9 }),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  finalEol: fc.boolean(),
  bom: fc.boolean(),
});

function bytesOf(file: { rows: ((i: number) => string)[]; eol: string; finalEol: boolean; bom: boolean }): Buffer {
  const text = [HEADER, ...file.rows.map((make, i) => make(i))].join(file.eol) + (file.finalEol ? file.eol : '');
  return Buffer.concat([Buffer.from(file.bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text)]);
}

describe('CSV cut as raw bytes gives what the decoded text gives', () => {
  it('property: the same records, errors, lines, limits and hash for any chunking, line ending, BOM and unit size', async () => {
    const limits = fc.oneof(fc.constant(DEFAULT_LIMITS), fc.record({ line: fc.integer({ min: 8, max: 160 }), record: fc.integer({ min: 8, max: 200 }) }).map(l => ({ ...DEFAULT_LIMITS, maxLineChars: l.line, maxRecordChars: l.record })));
    await fc.assert(
      fc.asyncProperty(csvFile, fc.array(fc.nat(600), { maxLength: 10 }), fc.integer({ min: 1, max: 4 }), limits, async (file, cuts, unitSize, limit) => {
        const bytes = bytesOf(file);
        const text = await read(chunkedSource('csv', bytes, cuts), false, limit, unitSize);
        const raw = await read(chunkedSource('csv', bytes, cuts), true, limit, unitSize);
        expect(raw).toEqual(text);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a bad byte or NUL stops the input at the same read, with the same error (code, wording, byte offset, line), records and hash', async () => {
    const bad = fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80], [0x00]);
    await fc.assert(
      fc.asyncProperty(csvFile, bad, fc.nat(), fc.array(fc.nat(600), { maxLength: 10 }), fc.integer({ min: 1, max: 4 }), async (file, corrupt, where, cuts, unitSize) => {
        const good = bytesOf(file);
        // Anywhere after the byte-order mark (whose first byte tells the encoding, and is tested elsewhere).
        const at = 3 + (where % (good.length - 2));
        // The streaming decoder can put a NUL on the line before when a CR ends the read before it (it
        // holds the CR back and does not count it); the byte path gives the NUL's own line.
        fc.pre(!(corrupt[0] === 0 && good.subarray(0, at).includes(0x0d)));
        const bytes = Buffer.concat([good.subarray(0, at), Buffer.from(corrupt), good.subarray(at)]);
        const text = await read(chunkedSource('csv', bytes, cuts), false, DEFAULT_LIMITS, unitSize);
        const raw = await read(chunkedSource('csv', bytes, cuts), true, DEFAULT_LIMITS, unitSize);
        expect(raw).toEqual(text);
        expect(raw.fatal?.[0]?.code).toMatch(/^(invalid-utf8|nul-byte)$/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV byte units, case by case', () => {
  const source = (text: string | Buffer, cuts: number[] = []) => chunkedSource('csv', Buffer.isBuffer(text) ? text : Buffer.from(text), cuts);

  it('keeps a quoted field with line breaks whole across units and chunks, with each record at its first line', async () => {
    const csv = `${HEADER}\nA,2026-03-14,"two\nlines",XB,police,small-arms,arm,1\nB,2026-03-14,"three\r\nline\rname",XB,police,small-arms,arm,1\nC,2026-03-14,plain,XB,police,small-arms,arm,1\n`;
    for (const cut of [0, 40, 62, 63, 64, 100, 140]) {
      const raw = await read(source(csv, [cut]), true, DEFAULT_LIMITS, 1);
      const records = raw.entries as { record: { id: string; end_user: { name: string } }; origin: { line: number } }[];
      expect(records.map(r => [r.record.id, r.record.end_user.name, r.origin.line])).toEqual([
        ['A', 'two\nlines', 2],
        ['B', 'three\nline\nname', 4],
        ['C', 'plain', 7],
      ]);
    }
  });

  it('keeps a multi-byte character whole when a read splits it', async () => {
    const csv = Buffer.from(`${HEADER}\nA,2026-03-14,Ωmega 🙂 中,XB,police,small-arms,arm,1\n`);
    const start = csv.indexOf(Buffer.from('🙂'));
    for (const cut of [start + 1, start + 2, start + 3]) {
      const raw = await read(source(csv, [cut]), true);
      expect((raw.entries[0] as { record: { end_user: { name: string } } }).record.end_user.name).toBe('Ωmega 🙂 中');
    }
  });

  it('a bad byte in the middle of a unit names the file, the line and the byte offset; the units cut from earlier reads are kept', async () => {
    const rows = Array.from({ length: 8 }, (_, i) => `R-${i},2026-03-14,name ${i},XB,police,small-arms,arm,1`);
    const good = Buffer.from(`${[HEADER, ...rows].join('\n')}\n`);
    // Row R-5 is line 7; units of 3 records are lines 2-4, 5-7 and 8-9.
    const at = good.indexOf('name 5') + 4;
    const bytes = Buffer.concat([good.subarray(0, at), Buffer.from([0xc3, 0x28]), good.subarray(at)]);
    const raw = await read(source(bytes, [at + 1]), true, DEFAULT_LIMITS, 3);
    expect(raw.fatal).toEqual([{ code: 'invalid-utf8', severity: 'error', message: `cannot read in.csv: not valid UTF-8 at byte offset ${at}`, hint: 'save the file as UTF-8 text', location: { file: 'in.csv', line: 7 } }]);
    expect((raw.entries as { record: { id: string } }[]).map(e => e.record.id)).toEqual(['R-0', 'R-1', 'R-2']);
  });

  it('reads CRLF, a BOM and a last line without a line break as the text path does', async () => {
    const csv = `\uFEFF${HEADER}\r\nA,2026-03-14,x,XB,police,small-arms,arm,1\r\nB,2026-03-14,y,XB,police,small-arms,arm,1`;
    const raw = await read(source(csv, [1, 2, 5]), true, DEFAULT_LIMITS, 1);
    expect((raw.entries as { record: { id: string }; origin: { line: number } }[]).map(e => [e.record.id, e.origin.line])).toEqual([
      ['A', 2],
      ['B', 3],
    ]);
    expect(raw).toEqual(await read(source(csv), false, DEFAULT_LIMITS, 1));
  });

  it('counts the line limit in characters, not bytes, and says where the line is', async () => {
    // A short header: every line, the header too, is held to the limit.
    const header = 'id,date,end_user.name';
    const name = 'é'.repeat(30);
    const csv = `${header}\nA,2026-03-14,${name}\n`;
    const line = `A,2026-03-14,${name}`.length;
    // Over the limit in bytes but not in characters: read as usual.
    const fits = await read(source(csv), true, { ...DEFAULT_LIMITS, maxLineChars: line, maxRecordChars: 10_000 });
    expect(fits.fatal).toBeUndefined();
    expect(fits.entries).toHaveLength(1);
    // A line still growing (no line break yet) over the limit stops the input at that line.
    const long = await read(source(`${header}\nA,2026-03-14,${name}${name}`), true, { ...DEFAULT_LIMITS, maxLineChars: line, maxRecordChars: 10_000 });
    expect(long.fatal?.[0]).toMatchObject({ code: 'line-too-long', location: { line: 2 } });
    expect(long.fatal?.[0]?.message).toBe(`line 2 is over the limit of ${line} (raise it with --max-line-length if the input is genuine)`);
  });

  it('counts the record limit from the line the record starts on', async () => {
    const csv = `id,date,end_user.name\nA,2026-03-14,x\nB,2026-03-14,"never\nclosed\n${'z'.repeat(40)}`;
    const raw = await read(source(csv), true, { ...DEFAULT_LIMITS, maxLineChars: 1000, maxRecordChars: 50 });
    expect(raw.fatal?.[0]).toMatchObject({ code: 'record-too-large', location: { line: 3 } });
    expect(raw.fatal?.[0]?.message).toContain('the CSV record starting at line 3 is over the limit of 50');
  });

  it('holds every complete line and record to the limits, not only the one still arriving, in both paths', async () => {
    const limits = { ...DEFAULT_LIMITS, maxLineChars: 40, maxRecordChars: 60 };
    const longLine = `id,date,end_user.name\nA,2026-03-14,x\nB,2026-03-14,${'y'.repeat(40)}\nC,2026-03-14,z\n`;
    const longRecord = `id,date,end_user.name\nA,2026-03-14,x\nB,2026-03-14,"${'y'.repeat(20)}\n${'y'.repeat(30)}"\nC,2026-03-14,z\n`;
    for (const csvBytes of [true, false]) {
      const line = await read(source(longLine), csvBytes, limits);
      expect(line.fatal?.[0]).toMatchObject({ code: 'line-too-long', location: { line: 3 } });
      const record = await read(source(longRecord), csvBytes, limits);
      expect(record.fatal?.[0]).toMatchObject({ code: 'record-too-large', location: { line: 3 } });
    }
  });

  it('leaves UTF-16 to the text path, which decodes it', async () => {
    const csv = `${HEADER}\nA,2026-03-14,Ωmega,XB,police,small-arms,arm,1\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
    const raw = await read(source(le, [1, 3]), true);
    expect((raw.entries[0] as { record: { end_user: { name: string } } }).record.end_user.name).toBe('Ωmega');
    expect(raw).toEqual(await read(source(le, [1, 3]), false));
  });
});
