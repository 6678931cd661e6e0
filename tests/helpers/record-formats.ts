import { stringify } from 'yaml';
import type { InputFormat } from '../../src/batch/sources.js';
import type { TransferRecord } from '../../src/schema/index.js';

/**
 * The record as every input format can state it: CSV has no way to write an empty object
 * (`exporter: {}`), so those are dropped; an empty list stays (`[]` in a CSV cell).
 */
export function writable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(writable).filter(v => !isEmptyObject(v));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, inner]) => [key, writable(inner)] as const);
  return Object.fromEntries(entries.filter(([, inner]) => inner !== undefined && !isEmptyObject(inner)));
}

function isEmptyObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** The cells of one record, by CSV header (`items[0].flags`, `transit` for an empty list). */
function cells(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, '[]');
    else if (value.every(v => typeof v !== 'object')) out.set(path, value.join(';'));
    else value.forEach((element, i) => cells(element, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) cells(inner, path ? `${path}.${key}` : key, out);
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    out.set(path, String(value));
  }
  return out;
}

const quote = (cell: string): string => (/[",\n\r]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** Records as CSV: one column per field any record states, an empty cell where a record is silent. */
export function toCsv(records: readonly unknown[]): string {
  const rows = records.map(record => cells(record, '', new Map()));
  const header = [...new Set(rows.flatMap(row => [...row.keys()]))];
  return [header.join(','), ...rows.map(row => header.map(column => quote(row.get(column) ?? '')).join(','))].join('\n') + '\n';
}

/** The same records written in the given input format. */
export function recordsAs(format: InputFormat, records: readonly TransferRecord[]): string {
  const plain = records.map(writable);
  switch (format) {
    case 'yaml':
      return stringify(plain);
    case 'json':
      return JSON.stringify(plain, null, 2);
    case 'ndjson':
      return plain.map(record => JSON.stringify(record)).join('\n') + '\n';
    case 'csv':
      return toCsv(plain);
  }
}
