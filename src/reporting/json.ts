import type { AnnualReport } from './document.js';

/**
 * The report as JSON: header and provenance first, then each table's rows with the ids of the
 * records that make them up, then what was left out. Two-space indent and a final newline, as `assess`.
 */
export function renderAnnualJson(report: AnnualReport, notice: string): string {
  return `${JSON.stringify({ ...report, notice }, null, 2)}\n`;
}
