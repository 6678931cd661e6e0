// The fair hand-written baseline: reads NDJSON, checks each record as atra does, assesses it against
// the 26 criteria of criteria/att and the policy's derived findings, and writes atra's compact NDJSON
// lines (and summary) byte for byte. One thread, as a batch tool written for speed would be.
import { createReadStream, createWriteStream } from 'node:fs';
import { PROJECT_ROOT } from './generate.js';
import { load } from './fair/context.js';
import { assessor } from './fair/assess.js';
import { validate } from './fair/validate.js';

// `fair-run.js INPUT [OUTPUT] [--context DIR]...`: the extra context folders go over the UN default, as
// atra's own `--context` does.
const args = process.argv.slice(2);
const contexts = args.flatMap((arg, i) => (args[i - 1] === '--context' ? [arg] : []));
const [input, output = '/dev/null'] = args.filter((arg, i) => arg !== '--context' && args[i - 1] !== '--context');
const assess = assessor(load(PROJECT_ROOT, contexts));
const DECISIONS = ['prohibited', 'refuse', 'review', 'incomplete', 'approve-with-conditions', 'approve', 'out-of-scope'];
const counts: Record<string, number> = Object.fromEntries(DECISIONS.map(d => [d, 0]));
const out = createWriteStream(output);
let buffer = '';
let line = 0;
let records = 0;
let errors = 0;

function one(text: string): void {
  line++;
  if (!text.trim()) return;
  records++;
  const source = `${input}:${line}`;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    errors++;
    buffer += `${JSON.stringify({ error: { source, message: `${source}  error  json-syntax  ${(error as Error).message}` } })}\n`;
    return;
  }
  const record = validate(raw);
  if (typeof record === 'string') {
    errors++;
    const id = raw && typeof raw === 'object' && 'id' in raw ? (raw).id : undefined;
    buffer += `${JSON.stringify({ error: { source, id: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined, message: `${source}  error  record  ${record}` } })}\n`;
    return;
  }
  const result = assess(record, source);
  counts[result.decision]!++;
  buffer += result.line;
}

// Lines split by hand from the file's chunks (a CR before the newline is dropped, as readline does).
let rest = '';
for await (const chunk of createReadStream(input!, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
  const text = rest + (chunk as string);
  let start = 0;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
    one(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end));
    start = end + 1;
  }
  rest = text.slice(start);
  if (buffer.length > 1 << 20) {
    if (!out.write(buffer)) await new Promise<void>(resolve => out.once('drain', () => resolve()));
    buffer = '';
  }
}
if (rest) one(rest);
buffer += `${JSON.stringify({ summary: { records, assessed: records - errors, errors, decisions: counts } })}\n`;
out.end(buffer);
