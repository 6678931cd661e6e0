import { cellKind, csvHeaderExamples, isReservedKey, reservedKeyMessage, type CellKind } from '../schema/index.js';
import { closest, type Diagnostic } from '../diagnostics/index.js';

/** One CSV column: where its cell goes in the record and how it is read. */
export interface CsvColumn {
  readonly header: string;
  readonly segments: readonly (string | number)[];
  readonly kind: CellKind;
}

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/**
 * Reads the header row. Headers are dotted paths (`end_user.type`); list elements take an index
 * (`items[0].category`, `transit[1].state`, or `items.0.category`); a bare list column (`transit`)
 * holds `[]` to state an empty list. An unknown header, a header naming an object internal, a list
 * index above `maxListIndex`, or two columns for the same field are errors for the whole file.
 */
export function mapHeader(header: readonly string[], file: string, line: number, maxListIndex = 999): { columns?: CsvColumn[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const columns: CsvColumn[] = [];
  const seen = new Map<string, number>();
  header.forEach((raw, index) => {
    const name = raw.trim();
    const location = { file, line, column: index + 1 };
    const fail = (message: string, hint: string): void => {
      diagnostics.push({ code: 'csv-header', severity: 'error', message: `column ${index + 1} "${shorten(name)}" ${message}`, hint, location });
    };
    const segments = name.replace(/\[(\d+)\]/g, '.$1').split('.').map(s => (/^\d+$/.test(s) ? Number(s) : s));
    const reserved = segments.find(s => typeof s === 'string' && isReservedKey(s));
    if (reserved !== undefined) return fail(`is not a record field: ${reservedKeyMessage(String(reserved))}`, 'remove the column');
    const index_ = segments.find(s => typeof s === 'number' && s > maxListIndex);
    if (index_ !== undefined) return fail(`uses list index ${index_}, over the limit of ${maxListIndex}`, 'number list entries from 0, or raise the limit with --max-list-index');
    const kind = name ? cellKind(segments) : undefined;
    if (!kind) {
      const guess = closest(name, csvHeaderExamples());
      return fail('is not a record field', guess ? `did you mean "${guess}"?` : 'see the CSV mapping in docs/batch.md');
    }
    const key = segments.join('.');
    const earlier = seen.get(key);
    if (earlier !== undefined) return fail(`names the same field as column ${earlier}`, 'keep one column per field: with two, one value would silently win');
    seen.set(key, index + 1);
    columns.push({ header: name, segments, kind });
  });
  return diagnostics.length ? { diagnostics } : { columns, diagnostics };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Builds the raw record of one CSV row. An empty cell is absent (unknown), never "no". Numbers and
 * booleans are converted when they read as such; anything else is left as text, so the schema names
 * the exact problem (`items[0].quantity: expected number; got string "12x"`).
 */
export function rowToRecord(columns: readonly CsvColumn[], cells: readonly string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  columns.forEach((column, index) => {
    const cell = cells[index];
    if (cell === undefined || cell === '') return;
    setPath(record, column.segments, readCell(cell, column.kind));
  });
  compactLists(record);
  return record;
}

function readCell(cell: string, kind: CellKind): unknown {
  const text = cell.trim();
  switch (kind) {
    case 'number': {
      const value = Number(text);
      return text !== '' && Number.isFinite(value) ? value : cell;
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      return TRUE.has(lower) ? true : FALSE.has(lower) ? false : cell;
    }
    case 'list':
      return text === '[]' ? [] : text.split(';').map(part => part.trim()).filter(Boolean);
    case 'object-list':
      return text === '[]' ? [] : cell;
    case 'string':
      return cell;
  }
}

function setPath(target: Record<string, unknown>, segments: readonly (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) {
      node[segment] = value;
      return;
    }
    const nextIsIndex = typeof segments[i + 1] === 'number';
    const existing = node[segment];
    if (existing === undefined || typeof existing !== 'object' || existing === null) node[segment] = nextIsIndex ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  });
}

/** `items[0]` and `items[2]` with nothing at 1 become a list of two: empty groups of columns are skipped. */
function compactLists(value: unknown): void {
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) if (value[i] === undefined) value.splice(i, 1);
    value.forEach(compactLists);
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach(compactLists);
  }
}
