import type { z } from 'zod';
import { closest } from '../diagnostics/index.js';
import { objectShapeKeys, unwrap } from './introspect.js';
import { quoteToken } from './quote.js';

/** One readable problem found by a zod schema, with the path it is about. */
export interface IssueReport {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly hint?: string | undefined;
}

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;
type Path = readonly (string | number)[];

/**
 * Turns zod issues into messages a criteria author or an officer can act on: the allowed values,
 * the closest spelling, and, for a union (a condition node), the branch the author meant.
 */
export function describeIssues(schema: AnySchema, issues: readonly Issue[], base: Path = []): IssueReport[] {
  // An unknown key explains the failure; a refinement's complaint about the same node only repeats it.
  const unknownKeyAt = new Set(issues.filter(i => i.code === 'unrecognized_keys').map(i => i.path.join('\u0000')));
  const relevant = issues.filter(i => i.code !== 'custom' || !unknownKeyAt.has(i.path.join('\u0000')));
  return relevant.flatMap(issue => describeIssue(schema, issue, base));
}

function describeIssue(schema: AnySchema, issue: Issue, base: Path): IssueReport[] {
  const path = [...base, ...(issue.path as (string | number)[])];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = objectKeys(schema, path, issue.input);
      return issue.keys.map(key => {
        const guess = closest(key, allowed);
        return {
          path: [...path, key],
          message: `unknown key ${quoteToken(key)}`,
          hint: guess ? `did you mean "${guess}"?` : `allowed keys here: ${allowed.join(', ')}`,
        };
      });
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const got = quoteToken(issue.input);
      const guess = typeof issue.input === 'string' ? closest(issue.input, values) : undefined;
      const expected = values.length === 1 ? `"${values[0]}"` : `one of ${values.join(', ')}`;
      return [{ path, message: `expected ${expected}; got ${got}`, hint: guess ? `write "${guess}"` : undefined }];
    }
    case 'invalid_type':
      if (issue.input === undefined) {
        const key = path.at(-1);
        return [{ path, message: 'required field is missing', hint: `add "${String(key)}"` }];
      }
      return [{ path, message: `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}; got ${describeValue(issue.input)}`, hint: typeHint(issue.expected, issue.input) }];
    case 'too_small':
      return [{ path, message: tooSmall(issue) }];
    case 'invalid_union':
      return describeUnion(schema, issue, path);
    case 'custom':
      return [{ path, message: issue.message, hint: (issue.params as { hint?: string } | undefined)?.hint }];
    default:
      return [{ path, message: issue.message }];
  }
}

/** Types in the words of the record format, not zod's. */
const TYPE_NAMES: Readonly<Record<string, string>> = { int: 'a whole number', number: 'a number', boolean: 'true or false', string: 'text', array: 'a list', object: 'a mapping' };

/** How to write the value the field expects, where the value given shows what was meant. */
function typeHint(expected: string, input: unknown): string | undefined {
  if (expected === 'array' && typeof input === 'string') return `write it as a list: [${quoteToken(input).slice(1, -1)}]`;
  if (expected === 'boolean' && typeof input === 'string' && /^(yes|no|true|false)$/i.test(input)) return `write ${/^(yes|true)$/i.test(input) ? 'true' : 'false'} without quotes`;
  if (expected === 'int' && typeof input === 'number') return `write a whole number, e.g. ${Math.round(input)}`;
  return undefined;
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  if (issue.message && !issue.message.startsWith('Too small')) return issue.message;
  if (issue.origin === 'array') return `expected at least ${String(issue.minimum)} entries`;
  if (issue.origin === 'string') return 'expected a non-empty text';
  return `expected a number ${issue.inclusive ? 'at least' : 'above'} ${String(issue.minimum)}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'string' ? 'text' : typeof value} ${quoteToken(value)}`;
}

/**
 * A union fails in every branch. Report the branch whose shape fits the input best (fewest missing or
 * unknown keys at its top); if none fits, say which forms are allowed.
 */
function describeUnion(schema: AnySchema, issue: z.core.$ZodIssueInvalidUnion, path: Path): IssueReport[] {
  const scored = issue.errors.map(branch => ({ branch, misfit: branch.filter(isTopLevelMisfit).length }));
  scored.sort((a, b) => a.misfit - b.misfit || a.branch.length - b.branch.length);
  const best = scored[0];
  const input = issue.input;
  if (best && (best.misfit === 0 || !isPlainObject(input))) {
    return describeIssues(schema, best.branch, path);
  }
  const forms = unionKeys(nodeAt(schema, path, input));
  const keys = isPlainObject(input) ? Object.keys(input) : [];
  const guess = keys.map(key => closest(key, forms)).find(Boolean);
  return [
    {
      path,
      message: `expected one of the forms ${forms.join(', ')}; got ${keys.length ? keys.slice(0, 8).map(k => quoteToken(k)).join(', ') : describeValue(input)}`,
      hint: guess ? `did you mean "${guess}"?` : undefined,
    },
  ];
}

function isTopLevelMisfit(issue: Issue): boolean {
  if (issue.path.length === 0 && issue.code === 'unrecognized_keys') return true;
  if (issue.path.length === 0 && issue.code === 'invalid_type') return true;
  return issue.path.length === 1 && issue.code === 'invalid_type' && issue.input === undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows `path` through the schema, choosing union branches by the keys the input has. */
function nodeAt(schema: AnySchema, path: Path, input?: unknown): AnySchema | undefined {
  let node: AnySchema | undefined = unwrap(schema);
  for (const segment of path) {
    if (!node) return undefined;
    node = unwrap(child(node, segment));
  }
  if (node && node._zod.def.type === 'union' && isPlainObject(input)) {
    return pickBranch(node, Object.keys(input));
  }
  return node;
}

function child(node: AnySchema, segment: string | number): AnySchema | undefined {
  const def = node._zod.def as unknown as Record<string, unknown>;
  switch (node._zod.def.type) {
    case 'object':
      return (def.shape as Record<string, AnySchema>)[String(segment)];
    case 'array':
      return def.element as AnySchema;
    case 'record':
      return def.valueType as AnySchema;
    case 'union': {
      const branch = pickBranch(node, [String(segment)]);
      return branch ? child(branch, segment) : undefined;
    }
    default:
      return undefined;
  }
}

function pickBranch(union: AnySchema, keys: readonly string[]): AnySchema | undefined {
  const options = ((union._zod.def as unknown as { options: AnySchema[] }).options ?? []).map(unwrap);
  let best: AnySchema | undefined;
  let bestOverlap = -1;
  for (const option of options) {
    const shapeKeys = option ? objectShapeKeys(option) : [];
    const overlap = keys.filter(key => shapeKeys.includes(key)).length;
    if (option && overlap > bestOverlap) {
      best = option;
      bestOverlap = overlap;
    }
  }
  return best;
}

function objectKeys(schema: AnySchema, path: Path, input: unknown): string[] {
  const node = nodeAt(schema, path, input);
  return node ? objectShapeKeys(node) : [];
}

/** For a union of objects, the first key of each branch: the word that names the form. */
function unionKeys(node: AnySchema | undefined): string[] {
  if (!node || node._zod.def.type !== 'union') return node ? objectShapeKeys(node) : [];
  const options = (node._zod.def as unknown as { options: AnySchema[] }).options;
  return options.map(option => unwrap(option)).flatMap(option => (option ? objectShapeKeys(option).slice(0, 1) : []));
}
