// json-rules-engine encoding the criteria with its own conditions and operators (bench/jre/): reads
// NDJSON, runs the rules on the first N records, takes the decision from the events (bench/jre/decide.ts)
// and compares it with atra's compact output when given. Only the rule run and the decision step are
// timed (wall and CPU); reading and parsing are not, which favours json-rules-engine.
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { Engine } from 'json-rules-engine';
import { PROJECT_ROOT } from './generate.js';
import { load } from './fair/context.js';
import { addOperators, screeningOutcomes } from './jre/operators.js';
import { addRules } from './jre/rules.js';
import { decide } from './jre/decide.js';
import { partyState } from './fair/state-facts.js';

// `jre-run.js INPUT N [ATRA-OUTPUT] [--context DIR]...`, the context folders as for the fair baseline.
const args = process.argv.slice(2);
const contexts = args.flatMap((arg, i) => (args[i - 1] === '--context' ? [arg] : []));
const [input, limitArg, atraFile] = args.filter((arg, i) => arg !== '--context' && args[i - 1] !== '--context');
const limit = Number(limitArg ?? Infinity);
const loaded = load(PROJECT_ROOT, contexts);
const embargoes = loaded.embargoes.map(e => e.e);
// Paths are plain `$.a.b`: a resolver that walks them is json-rules-engine's documented option for speed
// (its default evaluates every path with JSONPath-plus).
const pathResolver = (value: object, path: string): unknown => {
  let current: any = value;
  for (const key of path.slice(2).split('.')) current = current === null || current === undefined ? undefined : current[key];
  return current;
};
const engine = new Engine([], { allowUndefinedFacts: true, pathResolver });
addOperators(engine);
const ruleCount = addRules(engine, embargoes);
const lists = new Map(embargoes.filter(e => e.scope === 'listed').map(e => [e.id as string, e]));
type Rec = Record<string, any>;
// Facts computed from the record (json-rules-engine caches each per record and parameters): the
// authorizing state (by activity, as atra reads it), a party's state profile (the default context has
// none), and the outcomes of screening the record's names against one list.
engine.addFact('authorizingState', (_params, almanac) => almanac.factValue<Rec>('record').then(r => partyState(r, 'authorizing')[1] ?? null));
engine.addFact('profile', (params, almanac) => almanac.factValue<Rec>('record').then(r => {
  const code = partyState(r, params.role as string)[1];
  return (code && loaded.states.get(code)?.p) ?? null;
}));
engine.addFact('screening', (params, almanac) => almanac.factValue<Rec>('record').then(r => screeningOutcomes(r, lists.get(params.list as string)!, loaded.policy.screening)));

/** The first `count` non-empty lines of a file (that `keep` accepts), read in blocks: the files can exceed the longest string. */
function firstLines(file: string, count: number, keep: (line: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const fd = openSync(file, 'r');
  const block = Buffer.alloc(1 << 20);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for (let read = readSync(fd, block); read > 0 && out.length < count; read = readSync(fd, block)) {
      const lines = (rest + decoder.write(block.subarray(0, read))).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (line && keep(line) && out.length < count) out.push(line);
    }
    if (rest && keep(rest) && out.length < count) out.push(rest);
  } finally {
    closeSync(fd);
  }
  return out;
}

const records = firstLines(input!, limit).map(line => JSON.parse(line) as Record<string, any>);
const decisions: string[] = [];
const started = performance.now();
const cpu = process.cpuUsage();
for (const record of records) {
  record.activity ??= 'export';
  const { events } = await engine.run({ record });
  decisions.push(`${record.id} ${decide(events, record.own_use_movement === true).decision}`);
}
const used = process.cpuUsage(cpu);
const seconds = (performance.now() - started) / 1000;
const cpuSeconds = (used.user + used.system) / 1e6;
let agree: number | undefined;
const first: string[] = [];
if (atraFile) {
  const atra = firstLines(atraFile, records.length, line => line.startsWith('{"id"')).map(line => {
    const r = JSON.parse(line) as { id: string; decision: string };
    return `${r.id} ${r.decision}`;
  });
  agree = 0;
  atra.forEach((expected, i) => {
    if (expected === decisions[i]) agree!++;
    else if (first.length < 5) first.push(`${expected} / ${decisions[i]}`);
  });
}
console.log(JSON.stringify({ records: records.length, rules: ruleCount, seconds, cpuSeconds, rate: records.length / seconds, cpuRate: records.length / cpuSeconds, agree, first }));
