import { RECORD_SHAPE } from './record-shape.js';
import { RECORD_LISTS, type RecordList } from './vocab.js';

/*
 * What a criterion or a CSV header may name in a record, read from the record schema's shape table
 * (`record-shape.ts`, generated from the zod schema), so that neither compiling criteria nor reading
 * a CSV header needs zod loaded.
 */

/** The record schema by path: `''` is the record, `items` a list, `items[]` its element, `items[].category` a field. */
export type RecordShape = typeof RECORD_SHAPE;

/** One node of the record schema: its zod type after unwrapping optional/default, and an enum's values. */
export type ShapeNode = RecordShape[string];

/** The child keys of each object node, in the schema's order. */
const CHILDREN = new Map<string, string[]>();
for (const path of Object.keys(RECORD_SHAPE)) {
  if (path === '' || path.endsWith('[]')) continue;
  const dot = path.lastIndexOf('.');
  const parent = dot < 0 ? '' : path.slice(0, dot);
  const list = CHILDREN.get(parent) ?? [];
  list.push(path.slice(dot + 1));
  CHILDREN.set(parent, list);
}

const childOf = (path: string, key: string): string | undefined => {
  if (RECORD_SHAPE[path]?.type !== 'object') return undefined;
  const child = path ? `${path}.${key}` : key;
  return RECORD_SHAPE[child] ? child : undefined;
};

const elementOf = (path: string | undefined): string | undefined => (path !== undefined && RECORD_SHAPE[path]?.type === 'array' && RECORD_SHAPE[`${path}[]`] ? `${path}[]` : undefined);

/** Every dotted path under an object node: `end_user.type`, `end_user_certificate.present`, … */
function pathsOf(node: string | undefined, prefix = ''): string[] {
  if (node === undefined || RECORD_SHAPE[node]?.type !== 'object') return [];
  const out: string[] = [];
  for (const key of CHILDREN.get(node) ?? []) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path);
    out.push(...pathsOf(childOf(node, key), path));
  }
  return out;
}

/** The field paths of a record, for checking criteria against the record schema. */
export const RECORD_FIELD_PATHS: readonly string[] = pathsOf('');

/** The field paths of one element of a record list (`items`, `transit`, …), for `some`/`every`. */
export const ELEMENT_FIELD_PATHS: Readonly<Record<RecordList, readonly string[]>> = Object.fromEntries(
  RECORD_LISTS.map(list => [list, pathsOf(elementOf(childOf('', list)))]),
) as unknown as Record<RecordList, readonly string[]>;

/**
 * The finite set of values a record field can take (an enum or a boolean), or undefined for open
 * fields. `list` reads the field inside an element of that record list (for `some`/`every`).
 */
export function fieldValues(path: string, list?: RecordList): readonly (string | boolean)[] | undefined {
  let node = list ? elementOf(childOf('', list)) : '';
  for (const segment of path.split('.')) node = node !== undefined ? childOf(node, segment) : undefined;
  const shape = node !== undefined ? RECORD_SHAPE[node] : undefined;
  if (shape?.type === 'enum' && shape.values) return shape.values;
  if (shape?.type === 'boolean') return [true, false];
  return undefined;
}

/** How a CSV cell is read for a field: as text, a number, a boolean, or a `;`-separated list. */
export type CellKind = 'string' | 'number' | 'boolean' | 'list' | 'object-list';

/**
 * The kind of the field at a CSV header path such as `items[0].quantity`, `transit`, or
 * `end_user.type`; undefined when the record schema has no such field.
 */
export function cellKind(segments: readonly (string | number)[]): CellKind | undefined {
  let node: string | undefined = '';
  for (const segment of segments) {
    if (node === undefined) return undefined;
    node = typeof segment === 'number' ? elementOf(node) : childOf(node, segment);
  }
  if (node === undefined) return undefined;
  switch (RECORD_SHAPE[node]?.type) {
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return RECORD_SHAPE[`${node}[]`]?.type === 'object' ? 'object-list' : 'list';
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
    if (kind === 'object-list') out.push(path, ...elementHeaders(path, path));
    else if (kind) out.push(path);
  }
  return out;
}

/** `list[0].field` for each field of a list's element, and one level down for a list inside it (`shipments[0].items[0].index`). */
function elementHeaders(list: string, prefix: string): string[] {
  const element = elementOf(list);
  return pathsOf(element).flatMap(field => {
    // Fields inside a nested object (`a.b`) are not followed into lists: headers go one list deep.
    const child = element !== undefined && !field.includes('.') ? childOf(element, field) : undefined;
    const nested = child !== undefined && RECORD_SHAPE[`${child}[]`]?.type === 'object' ? elementHeaders(child, `${prefix}[0].${field}`) : [];
    return [`${prefix}[0].${field}`, ...nested];
  });
}
