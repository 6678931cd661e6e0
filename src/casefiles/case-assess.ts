import { assessRecord, type RecordResult, type SourcedRecord } from '../engine/index.js';
import type { TransferRecord } from '../schema/index.js';
import type { Setup } from '../loader/index.js';
import {
  applyToContext,
  applyToRecord,
  checkDeterminations,
  citeDeterminations,
  digestOf,
  guardProhibition,
  statesOfRecords,
  usable,
  type DeterminationProblem,
  type DeterminedResult,
  type SourcedDetermination,
} from '../casework/index.js';

/** How one record is assessed with the officer's determinations. */
export interface CaseOptions {
  /** Assess as of this date instead of the record's own. */
  readonly asOf?: string | undefined;
  /** The date expiry is judged against (today, or the date a log line recorded). */
  readonly judgedOn: string;
}

/** One record's case result: the result with its determinations cited, and what the log hashes. */
export interface CaseResult {
  readonly result: DeterminedResult;
  readonly recordSha256: string;
  readonly determinationsSha256: string;
  readonly warnings: readonly string[];
}

/** The determinations that may be used for a case, and the warnings for those set aside. */
export function screenDeterminations(entries: readonly SourcedDetermination[], records: readonly TransferRecord[], judgedOn: string): { entries: SourcedDetermination[]; problems: DeterminationProblem[]; warnings: string[] } {
  const scope = { records: new Set(records.map(r => r.id)), states: new Set(statesOfRecords(records).keys()) };
  const problems = checkDeterminations(entries, judgedOn, scope);
  const warnings = problems.filter(p => p.severity === 'error').map(p => `determination ignored: ${p.origin}: ${p.message} (${p.code})`);
  return { entries: usable(entries, problems), problems, warnings };
}

/**
 * Assesses one record with the officer's determinations: state determinations as a context layer,
 * record ones on a copy of the record; then points the evidence at them, and checks that no
 * prohibition found without them was lifted by them. The engine itself is not changed.
 */
export function assessWithDeterminations(setup: Setup, input: SourcedRecord, entries: readonly SourcedDetermination[], options: CaseOptions): CaseResult {
  const asOf = options.asOf ?? setup.asOf;
  const baseline = assessRecord(setup.compiled, input, setup.context, { asOf });
  const named = statesOfRecords([input.record]);
  const stateEntries = entries.filter(e => 'state' in e.determination.subject && named.has(e.determination.subject.state));
  const recordEntries = entries.filter(e => 'record' in e.determination.subject && e.determination.subject.record === input.record.id);
  const warnings: string[] = [];
  let result: DeterminedResult = baseline;
  const fromRecord = applyToRecord(input.record, recordEntries);
  for (const p of fromRecord.problems) warnings.push(`determination ignored: ${p.origin}: ${p.message} (${p.code})`);
  const fromContext = applyToContext(setup.context, stateEntries);
  const applied = [...fromRecord.applied, ...fromContext.applied];
  if (applied.length) {
    const determined = assessRecord(setup.compiled, { record: fromRecord.record, origin: input.origin }, fromContext.context, { asOf });
    const guarded = guardProhibition(baseline, citeDeterminations(determined, applied, baseline));
    result = guarded.result;
    if (guarded.warning) warnings.push(guarded.warning);
  }
  const used = (result.determinations ?? []).map(d => ({ id: d.id, fact: d.fact, value: d.value, officer: d.officer, date: d.date, reason: d.reason, sources: d.sources, expires: d.expires }));
  return { result, recordSha256: digestOf(input.record), determinationsSha256: digestOf(used), warnings };
}

/** The decision of a result, for callers that only need that. */
export function decisionOf(result: RecordResult): string {
  return result.decision;
}
