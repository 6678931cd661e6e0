/** Rows of cells, streamed: the list of records left out can be as long as the input. */
export type Rows = AsyncIterable<readonly string[]>;

/** Streams rows held in memory. */
export function streamOf(rows: readonly (readonly string[])[]): Rows {
  return (async function* () {
    for (const row of rows) yield await Promise.resolve(row);
  })();
}

/** One table of a report as printed: a title, its columns, and rows of cells (or a nil statement). */
export interface Form {
  /** File-name stem for the CSV output: `exports`, `imports`, `left-out`, … */
  readonly name: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: Rows;
  /** True when there are no rows: the nil statement is printed instead of the table. */
  readonly empty: boolean;
  /** Printed instead of the table when there are no rows (the template's nil report). */
  readonly nil?: string;
}

/** A report as printed: a heading, paragraphs before the forms, the forms, and paragraphs after. */
export interface PrintedReport {
  readonly title: string;
  readonly intro: readonly string[];
  readonly forms: readonly Form[];
  readonly closing: readonly { readonly heading: string; readonly lines: readonly string[] }[];
}

/** Whole numbers with no separators (CSV must stay machine-readable); values to the cent. */
export function figure(value: number | null): string {
  if (value === null) return '';
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
