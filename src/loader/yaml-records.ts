import { isMap, isSeq, isScalar, isPair, type Node } from 'yaml';
import { fastRecord } from '../schema/index.js';
import { formatLocation, type Diagnostic } from '../diagnostics/index.js';
import type { SourcedRecord } from '../engine/index.js';
import { parseLocated, type LocatedDocument } from './yaml-document.js';
import { validateAt } from './validate.js';
import type { SourceText } from './read-source.js';
import { recordError, type LoadedRecords, type RecordError } from './record-error.js';

/* The YAML side of reading records: loaded (with the yaml package) only when an input is YAML or JSON. */

/**
 * Reads YAML or JSON records with positions: one record, or a list of records. Sound records are
 * checked without zod; the schemas load only when a record fails, to decide and word its error.
 */
export async function readYamlRecords(source: SourceText): Promise<LoadedRecords> {
  const document = parseLocated(source.file, source.text);
  if (document.diagnostics.length) return unreadable(document.diagnostics);
  const { value } = document;
  if (value === null || typeof value !== 'object') {
    return unreadable([
      {
        code: 'record-shape',
        severity: 'error',
        message: 'expected a transfer record (a mapping with id, date, items, …) or a list of them',
        hint: 'see `atra schema record` for the fields',
        location: { file: source.file, line: 1, column: 1 },
      },
    ]);
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [v, [i]] as const) : [[value, []] as const];
  const records: SourcedRecord[] = [];
  const errors: RecordError[] = [];
  for (const [raw, path] of entries) {
    const fast = fastRecord(raw);
    const result = fast ? { value: fast, diagnostics: [] } : validateAt((await import('./schemas.js')).TransferRecordSchema, document, raw, path, 'record');
    const start = document.locate(path);
    const origin = { file: source.file, line: start.line, fields: fieldPositions(document, path) };
    if (result.value) records.push({ record: result.value, origin });
    else errors.push(recordError(`${source.file}:${start.line}`, idOf(raw), result.diagnostics));
  }
  return { records, errors, unreadable: false };
}

function unreadable(diagnostics: readonly Diagnostic[]): LoadedRecords {
  const first = diagnostics[0];
  const source = first?.location ? formatLocation(first.location) : '<input>';
  return { records: [], errors: [recordError(source, undefined, diagnostics)], unreadable: true };
}

function idOf(raw: unknown): string | undefined {
  if (raw && typeof raw === 'object' && 'id' in raw) {
    const id = (raw).id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  }
  return undefined;
}

/** Positions of every field of the record, so evidence can cite `file:line:col`. */
function fieldPositions(document: LocatedDocument, path: readonly (string | number)[]): Record<string, [number, number]> {
  let node: unknown = document.document.contents;
  for (const segment of path) node = isSeq(node) ? node.items[segment as number] : undefined;
  const out: Record<string, [number, number]> = {};
  const visit = (current: unknown, prefix: string): void => {
    if (isMap(current)) {
      for (const pair of current.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const fieldPath = prefix ? `${prefix}.${key}` : key;
        const at = position(document, (pair.value as Node | null) ?? (pair.key));
        if (at) out[fieldPath] = at;
        visit(pair.value, fieldPath);
      }
    } else if (isSeq(current)) {
      current.items.forEach((item, index) => {
        const at = position(document, item as Node);
        const fieldPath = `${prefix}[${index}]`;
        if (at) out[fieldPath] = at;
        visit(item, fieldPath);
      });
    }
  };
  visit(node, '');
  return out;
}

function position(document: LocatedDocument, node: Node | null | undefined): [number, number] | undefined {
  const offset = node?.range?.[0];
  if (offset === undefined) return undefined;
  const location = document.locateOffset(offset);
  return [location.line, location.column ?? 1];
}
