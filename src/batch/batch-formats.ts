import type { Finding, RecordResult } from '../engine/index.js';
import { csvSafeCell } from '../report/index.js';

/**
 * The NDJSON form of a result, as one line: the findings that need the officer (triggered or unknown)
 * in full, with explanation, evidence and task; the rest by id under `clear` and `not_applicable`, so
 * every criterion's status is there. A clear finding's explanation is the criterion's fixed sentence,
 * and repeating it on every line of a million-row batch adds bytes, not information; `--format json`
 * keeps everything. A fact read at the record's own line (`source` of the result) does not repeat it.
 * Written directly, without building the object first: the keys and their order are fixed.
 */
export function compactLine(result: RecordResult): string {
  const out: string[] = [`{"id":${JSON.stringify(result.id)},"source":${JSON.stringify(result.source)},"decision":"${result.decision}","decided_by":${JSON.stringify(result.decided_by)},"findings":[`];
  const clear: string[] = [];
  const notApplicable: string[] = [];
  let first = true;
  for (const f of result.findings) {
    if (f.status === 'clear') clear.push(quoted(f.criterion));
    else if (f.status === 'not-applicable') notApplicable.push(quoted(f.criterion));
    else {
      if (!first) out.push(',');
      compactFinding(out, f, result.source);
      first = false;
    }
  }
  out.push(']');
  if (result.conditions.length) out.push(`,"conditions":${JSON.stringify(result.conditions)}`);
  out.push(`,"clear":[${clear.join(',')}],"not_applicable":[${notApplicable.join(',')}]}\n`);
  return out.join('');
}

function compactFinding(out: string[], f: Finding, source: string): void {
  out.push('{"criterion":', quoted(f.criterion), ',"basis":', jsonOf(f.basis), ',"status":"', f.status, '"');
  if (f.level !== undefined) out.push(',"level":', quoted(f.level));
  if (f.residual_level !== undefined) out.push(',"residual_level":', quoted(f.residual_level));
  out.push(',"explanation":', JSON.stringify(f.explanation), ',"evidence":[');
  f.evidence.forEach((fact, index) => {
    out.push(index ? ',{"fact":' : '{"fact":', quoted(fact.fact), ',"value":', typeof fact.value === 'string' ? quoted(fact.value) : (JSON.stringify(fact.value) ?? 'null'));
    if (fact.source === source) out.push('}');
    else out.push(',"source":', quoted(fact.source), '}');
  });
  out.push(']');
  if (f.task !== undefined) out.push(',"task":', JSON.stringify(f.task));
  out.push('}');
}

// Criterion ids, bases, levels, fact names and most fact values repeat on every line of a batch:
// their JSON forms are worked out once. Bounded, and emptied when full, so memory stays flat.
const QUOTED = new Map<string, string>();
const LISTS = new WeakMap<readonly string[], string>();

function quoted(text: string): string {
  let json = QUOTED.get(text);
  if (json === undefined) {
    if (QUOTED.size >= 10_000) QUOTED.clear();
    QUOTED.set(text, (json = JSON.stringify(text)));
  }
  return json;
}

function jsonOf(list: readonly string[]): string {
  let json = LISTS.get(list);
  if (json === undefined) LISTS.set(list, (json = JSON.stringify(list)));
  return json;
}

/** The CSV summary columns. */
export const CSV_SUMMARY_HEADER = 'id,source,decision,decided_by,triggered_bases,unknown_criteria,error\n';

/** One CSV summary row: id, source line, decision, and the bases of what triggered. */
export function csvRow(result: RecordResult): string {
  const triggered = [...new Set(result.findings.filter(f => f.status === 'triggered').flatMap(f => f.basis))];
  const unknown = result.findings.filter(f => f.status === 'unknown').map(f => f.criterion);
  return `${[result.id, result.source, result.decision, result.decided_by.join('; '), triggered.join('; '), unknown.join('; '), ''].map(csvCell).join(',')}\n`;
}

/** A CSV cell: quoted when it needs it, and never read as a formula by a spreadsheet (see `csvSafeCell`). */
export function csvCell(text: string): string {
  return csvSafeCell(text);
}

/** A CSV summary row for a record that could not be assessed. */
export function csvErrorRow(error: { source: string; id?: string | undefined; message: string }): string {
  return `${[error.id ?? '', error.source, 'error', '', '', '', error.message].map(csvCell).join(',')}\n`;
}
