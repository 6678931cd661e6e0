import type { Report } from './model.js';

/**
 * The canonical JSON form: keys in the order the model builds them, two-space indent, a final newline.
 * The same inputs and `assessed_at` always give the same bytes.
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, dropUndefined, 2)}\n`;
}

function dropUndefined(_key: string, value: unknown): unknown {
  return value === undefined ? undefined : value;
}
