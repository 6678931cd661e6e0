import type { RecordResult } from '../engine/index.js';
import { csvSafeCell } from '../report/index.js';

/**
 * The NDJSON form of a result: the findings that need the officer (triggered or unknown) in full,
 * with explanation, evidence and task; the rest by id under `clear` and `not_applicable`, so every
 * criterion's status is there. A clear finding's explanation is the criterion's fixed sentence, and
 * repeating it on every line of a million-row batch adds bytes, not information; `--format json`
 * keeps everything.
 */
export function compactResult(result: RecordResult): unknown {
  const findings = [];
  const clear: string[] = [];
  const notApplicable: string[] = [];
  for (const f of result.findings) {
    if (f.status === 'clear') clear.push(f.criterion);
    else if (f.status === 'not-applicable') notApplicable.push(f.criterion);
    else findings.push({ criterion: f.criterion, basis: f.basis, status: f.status, level: f.level, residual_level: f.residual_level, explanation: f.explanation, evidence: f.evidence, task: f.task });
  }
  const conditions = result.conditions.length ? { conditions: result.conditions } : {};
  return { id: result.id, source: result.source, decision: result.decision, decided_by: result.decided_by, findings, ...conditions, clear, not_applicable: notApplicable };
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
