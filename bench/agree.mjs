// Checks the hand-written baseline against atra, record by record: the same id and decision on every
// line. Prints {"records":N,"agree":K,"first":[...]}; the benchmark reports the agreement it finds.
import { readFileSync } from 'node:fs';

const [atraFile, baselineFile] = process.argv.slice(2);
const atra = readFileSync(atraFile, 'utf8').split('\n').filter(line => line.startsWith('{"id"')).map(line => JSON.parse(line));
const baseline = readFileSync(baselineFile, 'utf8').split('\n').filter(Boolean).map(line => JSON.parse(line));
let agree = 0;
const first = [];
atra.forEach((result, i) => {
  const other = baseline[i];
  if (other && other.id === result.id && other.decision === result.decision) agree++;
  else if (first.length < 3) first.push({ id: result.id, atra: result.decision, baseline: other?.decision });
});
console.log(JSON.stringify({ records: atra.length, agree, first }));
