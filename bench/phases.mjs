// Where one thread's time goes, per record, for NDJSON in and compact NDJSON out: JSON.parse, record
// validation (zod, and the compiled checks the batch uses), assessment and writing the line. Run after a build: node bench/phases.mjs FILE [N].
import { readFileSync } from 'node:fs';
import { loadSetup } from '../dist/loader/setup.js';
import { assessRecord } from '../dist/engine/index.js';
import { TransferRecordSchema, fastRecord } from '../dist/schema/index.js';
import { compactLine } from '../dist/batch/batch-formats.js';

const [file, limit = '20000'] = process.argv.slice(2);
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, Number(limit));
const { setup } = await loadSetup(['att'], [], true);

function time(label, pass) {
  pass(); // warm up: the first pass compiles
  const started = process.hrtime.bigint();
  const out = pass();
  const us = Number(process.hrtime.bigint() - started) / 1000 / lines.length;
  console.log(`${label.padEnd(28)} ${us.toFixed(2).padStart(8)} µs/record`);
  return out;
}

const raws = time('JSON.parse', () => lines.map(line => JSON.parse(line)));
time('validate (zod)', () => raws.map(raw => TransferRecordSchema.parse(raw)));
const records = time('validate (compiled checks)', () => raws.map(raw => fastRecord(raw) ?? TransferRecordSchema.parse(raw)));
const inputs = records.map((record, i) => ({ record, origin: { file, line: i + 1 } }));
const results = time('assess, compact', () => inputs.map(input => assessRecord(setup.compiled, input, setup.context, { detail: 'compact' })));
time('assess, full', () => inputs.map(input => assessRecord(setup.compiled, input, setup.context, { detail: 'full' })));
const text = time('write the compact line', () => results.map(compactLine));
console.log(`${'bytes per line'.padEnd(28)} ${Math.round(text.reduce((n, t) => n + t.length, 0) / text.length).toString().padStart(8)}`);
