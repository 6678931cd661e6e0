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
  let out = `{"id":${JSON.stringify(result.id)},"source":${JSON.stringify(result.source)},"decision":"${result.decision}","decided_by":${JSON.stringify(result.decided_by)},"findings":[`;
  let clear = '';
  let notApplicable = '';
  let first = true;
  for (const f of result.findings) {
    if (f.status === 'clear') clear += `${clear ? ',' : ''}${JSON.stringify(f.criterion)}`;
    else if (f.status === 'not-applicable') notApplicable += `${notApplicable ? ',' : ''}${JSON.stringify(f.criterion)}`;
    else {
      out += `${first ? '' : ','}${compactFinding(f, result.source)}`;
      first = false;
    }
  }
  out += ']';
  if (result.conditions.length) out += `,"conditions":${JSON.stringify(result.conditions)}`;
  return `${out},"clear":[${clear}],"not_applicable":[${notApplicable}]}\n`;
}

function compactFinding(f: Finding, source: string): string {
  let out = `{"criterion":${JSON.stringify(f.criterion)},"basis":${JSON.stringify(f.basis)},"status":"${f.status}"`;
  if (f.level !== undefined) out += `,"level":${JSON.stringify(f.level)}`;
  if (f.residual_level !== undefined) out += `,"residual_level":${JSON.stringify(f.residual_level)}`;
  out += `,"explanation":${JSON.stringify(f.explanation)},"evidence":[`;
  f.evidence.forEach((fact, index) => {
    out += `${index ? ',' : ''}{"fact":${JSON.stringify(fact.fact)},"value":${JSON.stringify(fact.value) ?? 'null'}`;
    out += fact.source === source ? '}' : `,"source":${JSON.stringify(fact.source)}}`;
  });
  out += ']';
  if (f.task !== undefined) out += `,"task":${JSON.stringify(f.task)}`;
  return `${out}}`;
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
