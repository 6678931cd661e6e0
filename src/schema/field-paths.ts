import type { z } from 'zod';
import { TransferRecordSchema } from './record.js';
import { RECORD_LISTS, type RecordList } from './condition.js';
import { arrayElement, objectShapeKeys, shapeChild, unwrap } from './introspect.js';

/** Every dotted path a condition may read: `end_user.type`, `end_user_certificate.present`, … */
function pathsOf(node: z.core.$ZodType | undefined, prefix = ''): string[] {
  if (!node) return [];
  const out: string[] = [];
  for (const key of objectShapeKeys(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path);
    out.push(...pathsOf(shapeChild(node, key), path));
  }
  return out;
}

const RECORD = unwrap(TransferRecordSchema);

/** The field paths of a record, for checking criteria against the record schema. */
export const RECORD_FIELD_PATHS: readonly string[] = pathsOf(RECORD);

/** The field paths of one element of a record list (`items`, `transit`, …), for `some`/`every`. */
export const ELEMENT_FIELD_PATHS: Readonly<Record<RecordList, readonly string[]>> = Object.fromEntries(
  RECORD_LISTS.map(list => [list, pathsOf(arrayElement(RECORD ? shapeChild(RECORD, list) : undefined))]),
) as unknown as Record<RecordList, readonly string[]>;

/**
 * The finite set of values a record field can take (an enum or a boolean), or undefined for open
 * fields. `list` reads the field inside an element of that record list (for `some`/`every`).
 */
export function fieldValues(path: string, list?: RecordList): readonly (string | boolean)[] | undefined {
  let node = list ? arrayElement(RECORD ? shapeChild(RECORD, list) : undefined) : RECORD;
  for (const segment of path.split('.')) node = node ? shapeChild(node, segment) : undefined;
  if (!node) return undefined;
  const def = node._zod.def as unknown as { type: string; entries?: Record<string, string> };
  if (def.type === 'enum' && def.entries) return Object.values(def.entries);
  if (def.type === 'boolean') return [true, false];
  return undefined;
}

/** How a CSV cell is read for a field: as text, a number, a boolean, or a `;`-separated list. */
export type CellKind = 'string' | 'number' | 'boolean' | 'list' | 'object-list';

/**
 * The kind of the field at a CSV header path such as `items[0].quantity`, `transit`, or
 * `end_user.type`; undefined when the record schema has no such field.
 */
export function cellKind(segments: readonly (string | number)[]): CellKind | undefined {
  let node = RECORD;
  for (const segment of segments) {
    if (!node) return undefined;
    node = typeof segment === 'number' ? arrayElement(node) : shapeChild(node, segment);
  }
  if (!node) return undefined;
  switch (node._zod.def.type) {
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return arrayElement(node)?._zod.def.type === 'object' ? 'object-list' : 'list';
    case 'object':
      return undefined;
    default:
      return 'string';
  }
}

/** Every header a CSV of records may use, for "did you mean" hints (lists shown with index 0). */
export function csvHeaderExamples(): string[] {
  const out: string[] = [];
  for (const path of RECORD_FIELD_PATHS) {
    const kind = cellKind(path.split('.'));
    if (kind === 'object-list') out.push(path, ...elementHeaders(RECORD ? shapeChild(RECORD, path) : undefined, path));
    else if (kind) out.push(path);
  }
  return out;
}

/** `list[0].field` for each field of a list's element, and one level down for a list inside it (`shipments[0].items[0].index`). */
function elementHeaders(list: z.core.$ZodType | undefined, prefix: string): string[] {
  const element = arrayElement(list);
  return pathsOf(element).flatMap(field => {
    const child = element ? shapeChild(element, field) : undefined;
    const nested = child && arrayElement(child)?._zod.def.type === 'object' ? elementHeaders(child, `${prefix}[0].${field}`) : [];
    return [`${prefix}[0].${field}`, ...nested];
  });
}
