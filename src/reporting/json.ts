import { leftOutInTables, type AnnualReport, type LeftOutSource } from './document.js';

const MARKER = '\u0000left-out\u0000';
const indent = (text: string, by: string): string => text.replace(/\n/g, `\n${by}`);

/**
 * The report as JSON: header and provenance first, then each table's rows with the ids of the
 * records that make them up, then what was left out, streamed entry by entry. Joined, the pieces are
 * what JSON.stringify(report, null, 2) gives, with a final newline.
 */
export async function* renderAnnualJson(report: AnnualReport, notice: string, leftOut: LeftOutSource = leftOutInTables(report)): AsyncGenerator<string> {
  const text = JSON.stringify({ ...report, tables: { ...report.tables, left_out: MARKER }, notice }, null, 2);
  const [head, tail] = text.split(JSON.stringify(MARKER));
  yield `${head ?? ''}[`;
  let first = true;
  for await (const entry of leftOut()) {
    yield `${first ? '' : ','}\n      ${indent(JSON.stringify(entry, null, 2), '      ')}`;
    first = false;
  }
  yield `${first ? '' : '\n    '}]${tail ?? ''}\n`;
}
