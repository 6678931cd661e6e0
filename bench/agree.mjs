// Checks the fair hand-written baseline against atra, record by record: the share of output lines that
// are byte-identical, and of records with the same id and decision (an error line agrees when both
// reject the same record). Prints {"records":N,"identical":K,"identicalShare":"…%","sameDecision":D,
// "sameDecisionShare":"…%",…,"first":[...]}, where `first` shows the first few records that differ
// around the first character at which their lines part. Both files are read line by line, side by
// side, so outputs of any size compare (a 200,000-record output is larger than one string can be).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const [atraFile, baselineFile] = process.argv.slice(2);
const linesOf = file => createInterface({ input: createReadStream(file), crlfDelay: Infinity })[Symbol.asyncIterator]();
const isSummary = line => line.startsWith('{"summary"');
const decisionOf = line => {
  const value = JSON.parse(line);
  return value.error ? `error ${value.error.source} ${value.error.id ?? ''}` : `${value.id} ${value.decision}`;
};

/** The next non-empty line that is not the summary (remembering the summary when passed). */
async function next(lines, summary) {
  for (;;) {
    const { value, done } = await lines.next();
    if (done) return undefined;
    if (!value) continue;
    if (isSummary(value)) summary.line = value;
    else return value;
  }
}

const atra = linesOf(atraFile);
const baseline = linesOf(baselineFile);
const atraSummary = {};
const baselineSummary = {};
let records = 0;
let identical = 0;
let sameDecision = 0;
let extraLines = 0;
const first = [];
for (;;) {
  const line = await next(atra, atraSummary);
  if (line === undefined) break;
  const theirs = await next(baseline, baselineSummary);
  records++;
  if (theirs === line) {
    identical++;
    sameDecision++;
    continue;
  }
  const same = theirs !== undefined && decisionOf(theirs) === decisionOf(line);
  if (same) sameDecision++;
  if (first.length < 5) {
    let at = 0;
    while (at < line.length && line[at] === theirs?.[at]) at++;
    first.push({ line: records, sameDecision: same, atra: line.slice(Math.max(0, at - 80), at + 80), baseline: theirs?.slice(Math.max(0, at - 80), at + 80) });
  }
}
while ((await next(baseline, baselineSummary)) !== undefined) extraLines++;
const share = n => `${((100 * n) / Math.max(1, records)).toFixed(1)}%`;
const summaryIdentical = atraSummary.line === baselineSummary.line;
console.log(JSON.stringify({ records, identical, identicalShare: share(identical), sameDecision, sameDecisionShare: share(sameDecision), summaryIdentical, extraLines, first }));
