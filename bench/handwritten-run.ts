// Runs the hand-written evaluation over an NDJSON file on one thread, writing one compact line per
// record (id, decision, statuses), as a batch tool would.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { evaluate, loadContext } from './handwritten.js';
import { PROJECT_ROOT } from './generate.js';

const [input, output = '/dev/null'] = process.argv.slice(2);
const ctx = loadContext(PROJECT_ROOT);
const out = createWriteStream(output);
let buffer: string[] = [];
let count = 0;
for await (const line of createInterface({ input: createReadStream(input!), crlfDelay: Infinity })) {
  if (!line) continue;
  const record = JSON.parse(line);
  record.activity ??= 'export';
  buffer.push(JSON.stringify(evaluate(record, ctx)));
  count++;
  if (buffer.length === 5000) {
    if (!out.write(`${buffer.join('\n')}\n`)) await new Promise<void>(r => out.once('drain', () => r()));
    buffer = [];
  }
}
out.end(`${buffer.join('\n')}\n`);
console.error(`${count} records`);
