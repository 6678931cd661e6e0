// The fair hand-written baseline: reads NDJSON, checks each record as atra does, assesses it against
// the 26 criteria of criteria/att and the policy's derived findings, and writes atra's compact NDJSON
// lines (and summary) byte for byte. One thread, as a batch tool written for speed would be.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from './generate.js';
import { load } from './fair/context.js';
import { assessor } from './fair/assess.js';
import { validate } from './fair/validate.js';

const [input, output = '/dev/null'] = process.argv.slice(2);
const assess = assessor(load(PROJECT_ROOT));
const DECISIONS = ['prohibited', 'refuse', 'review', 'incomplete', 'approve-with-conditions', 'approve', 'out-of-scope'];
const counts: Record<string, number> = Object.fromEntries(DECISIONS.map(d => [d, 0]));
const out = createWriteStream(output);
let buffer = '';
let line = 0;
let records = 0;
let errors = 0;
for await (const text of createInterface({ input: createReadStream(input!), crlfDelay: Infinity })) {
  line++;
  if (!text.trim()) continue;
  records++;
  const source = `${input}:${line}`;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    errors++;
    buffer += `${JSON.stringify({ error: { source, message: `${source}  error  json-syntax  ${(error as Error).message}` } })}\n`;
    continue;
  }
  const record = validate(raw);
  if (typeof record === 'string') {
    errors++;
    const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
    buffer += `${JSON.stringify({ error: { source, id: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined, message: `${source}  error  record  ${record}` } })}\n`;
    continue;
  }
  const result = assess(record, source);
  counts[/"decision":"([a-z-]+)"/.exec(result)![1]!]!++;
  buffer += result;
  if (buffer.length > 1 << 20) {
    if (!out.write(buffer)) await new Promise<void>(resolve => out.once('drain', () => resolve()));
    buffer = '';
  }
}
buffer += `${JSON.stringify({ summary: { records, assessed: records - errors, errors, decisions: counts } })}\n`;
out.end(buffer);
