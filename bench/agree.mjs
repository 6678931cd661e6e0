// Checks the fair hand-written baseline against atra, record by record: the share of output lines that
// are byte-identical, and of records with the same id and decision (an error line agrees when both
// reject the same record). Prints {"records":N,"identical":K,"identicalShare":"…%","sameDecision":D,
// "sameDecisionShare":"…%",…,"first":[...]}, where `first` shows the first few records that differ
// around the first character at which their lines part.
import { readFileSync } from 'node:fs';

const [atraFile, baselineFile] = process.argv.slice(2);
const atra = readFileSync(atraFile, 'utf8').split('\n').filter(Boolean);
const baseline = readFileSync(baselineFile, 'utf8').split('\n').filter(Boolean);
const isSummary = line => line.startsWith('{"summary"');
const results = atra.filter(line => !isSummary(line));
const other = baseline.filter(line => !isSummary(line));
const decisionOf = line => {
  const value = JSON.parse(line);
  return value.error ? `error ${value.error.source} ${value.error.id ?? ''}` : `${value.id} ${value.decision}`;
};
let identical = 0;
let sameDecision = 0;
const first = [];
results.forEach((line, i) => {
  const theirs = other[i];
  if (theirs === line) {
    identical++;
    sameDecision++;
    return;
  }
  const same = theirs !== undefined && decisionOf(theirs) === decisionOf(line);
  if (same) sameDecision++;
  if (first.length < 5) {
    let at = 0;
    while (at < line.length && line[at] === theirs?.[at]) at++;
    first.push({ line: i + 1, sameDecision: same, atra: line.slice(Math.max(0, at - 80), at + 80), baseline: theirs?.slice(Math.max(0, at - 80), at + 80) });
  }
});
const summaries = atra.find(isSummary) === baseline.find(isSummary);
const share = n => `${((100 * n) / Math.max(1, results.length)).toFixed(1)}%`;
console.log(JSON.stringify({ records: results.length, identical, identicalShare: share(identical), sameDecision, sameDecisionShare: share(sameDecision), summaryIdentical: summaries, extraLines: other.length - results.length, first }));
