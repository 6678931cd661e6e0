import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { loadSetup, type Setup } from '../../src/loader/setup.js';
import { runBatch } from '../../src/batch/batch.js';
import { sinkFor } from '../../src/batch/sinks.js';
import type { InputFormat } from '../../src/batch/sources.js';
import { RESERVED_KEYS } from '../../src/schema/index.js';
import { chunkedSource, record } from './helpers.js';

// Text an attacker might put anywhere: format and bidirectional characters, look-alikes (Cyrillic
// and full-width letters), lone surrogates, controls and a prototype name.
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.constantFrom('\u202e', '\u200b', '\ufeff', 'АРР', 'ＡＰＰ', '\ud800', '\u0000', '\r', '"', '\\', ...RESERVED_KEYS),
);

/** One NDJSON line: a record with hostile text, a record with a hostile key, or plain garbage. */
const line = fc.oneof(
  fc.tuple(nasty, nasty).map(([id, name]) => JSON.stringify(record({ id: `R${id}`, end_user: { name, state: 'XB', type: 'police' } }))),
  fc.tuple(nasty, nasty).map(([key, value]) => JSON.stringify({ ...record({ id: `K${value}` }), [key]: value })),
  nasty,
);

let setup: Setup | undefined;

/** The JSON report of `bytes` read in the given pieces. */
async function reportOf(bytes: Buffer, cuts: readonly number[], format: InputFormat = 'ndjson'): Promise<string> {
  setup ??= (await loadSetup([], [], true)).setup;
  let out = '';
  await runBatch({
    sources: [chunkedSource(format, bytes, cuts)],
    setup: setup!,
    header: { ...setup!.header, assessed_at: '2026-11-22T00:00:00Z', inputs: [] },
    format: 'json',
    colour: false,
    jobs: 0,
    workerSetup: { criteria: [], context: [], defaultContext: true },
    sink: sinkFor('json', text => {
      out += typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
      return Promise.resolve();
    }, new Chalk({ level: 0 })),
  });
  return out;
}

describe('whatever the input, nothing is lost and nothing escapes', () => {
  it('property: records = assessed + errors, the report parses, and any chunking gives the same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.array(fc.nat(5000), { maxLength: 10 }), async (lines, eol, cuts) => {
        const bytes = Buffer.from(lines.join(eol));
        const whole = await reportOf(bytes, []);
        const report = JSON.parse(whole) as { summary: { records: number; assessed: number; errors: number }; results: unknown[]; errors: unknown[] };
        expect(report.summary.records).toBe(report.summary.assessed + report.summary.errors);
        expect(report.results.length + report.errors.length).toBe(report.summary.records);
        // Every non-blank physical line is accounted for, unless decoding stopped the input.
        const stopped = JSON.stringify(report.errors).includes('nul-byte') || JSON.stringify(report.errors).includes('invalid-utf8');
        if (!stopped) expect(report.summary.records).toBe(lines.join('\n').replace(/\r\n?/g, '\n').split('\n').filter(l => l.trim() !== '').length);
        expect(await reportOf(bytes, cuts)).toBe(whole);
      }),
      { numRuns: 40 },
    );
  });
});
