// json-rules-engine encoding the same criteria: each criterion's domain test is a fact (json-rules-engine
// has no three-valued logic, embargo or finding semantics of its own), and each criterion is two rules,
// triggered and unknown, whose events are combined by the same decision policy.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Engine } from 'json-rules-engine';
import { CRITERIA, loadContext } from './handwritten.js';
import { PROJECT_ROOT } from './generate.js';

const [input, limitArg] = process.argv.slice(2);
const limit = Number(limitArg ?? Infinity);
const ctx = loadContext(PROJECT_ROOT);
const engine = new Engine([], { allowUndefinedFacts: true });
for (const criterion of CRITERIA) {
  engine.addFact(criterion.id, (_params, almanac) =>
    almanac.factValue('record').then(record => {
      const r = record as Record<string, any>;
      const items = criterion.applies(r) ?? [];
      return items.length === 0 ? 3 : criterion.test(r, ctx, items);
    }),
  );
  engine.addRule({ conditions: { all: [{ fact: criterion.id, operator: 'equal', value: 1 }] }, event: { type: 'triggered', params: { id: criterion.id, level: criterion.level } } });
  engine.addRule({ conditions: { all: [{ fact: criterion.id, operator: 'equal', value: 2 }] }, event: { type: 'unknown', params: { id: criterion.id, level: criterion.unknown } } });
}
let count = 0;
let events = 0;
const started = performance.now();
for await (const line of createInterface({ input: createReadStream(input!), crlfDelay: Infinity })) {
  if (!line || count >= limit) continue;
  const record = JSON.parse(line);
  record.activity ??= 'export';
  // Only the rule run is timed: the events carry the statuses, and the decision policy is not re-run,
  // which favours json-rules-engine in the comparison.
  events += (await engine.run({ record })).events.length;
  count++;
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ records: count, seconds, rate: count / seconds, events }));
