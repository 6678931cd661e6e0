import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, SourceLocation } from '../diagnostics/index.js';
import { isReservedKey, quoteToken, reservedKeyMessage } from '../schema/index.js';

/** A parsed YAML (or JSON) document that can say where any path inside it is written. */
export interface LocatedDocument {
  readonly file: string;
  readonly value: unknown;
  readonly document: Document;
  readonly diagnostics: readonly Diagnostic[];
  /** The position of the value at `path`; for a missing key, its nearest existing parent. */
  locate(path: readonly (string | number)[], atKey?: boolean): SourceLocation;
  /** The position of a character offset in the text. */
  locateOffset(offset: number): SourceLocation;
}

/** Parses YAML or JSON with positions. Syntax errors come back as diagnostics, never as throws. */
export function parseLocated(file: string, text: string): LocatedDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const toLocation = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const diagnostics: Diagnostic[] = document.errors.map(error =>
    // The parser reports a document nested too deeply for it as an error of its own: that is a resource limit, not a typo.
    /call stack/i.test(error.message)
      ? { code: 'yaml-resources', severity: 'error', message: 'the document is nested too deeply to read', hint: 'flatten the structure', location: toLocation(error.pos[0]) }
      : {
          code: 'yaml-syntax',
          severity: 'error',
          message: firstLine(error.message),
          hint: 'fix the YAML syntax at this position (indentation, a missing colon, or an unclosed quote)',
          location: toLocation(error.pos[0]),
        },
  );
  // Duplicate keys are checked here, in one pass: the parser's own check compares every pair of keys.
  if (!diagnostics.length) diagnostics.push(...keyProblems(document.contents, toLocation));
  let value: unknown;
  if (!diagnostics.length) {
    try {
      value = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // Alias bombs ("billion laughs") and documents too deep to convert: refused, never a crash.
      diagnostics.push({ code: 'yaml-resources', severity: 'error', message: `the document cannot be expanded: ${firstLine((error as Error).message).slice(0, 120)}`, hint: 'remove the aliases (*name) that multiply the document, or its deep nesting', location: toLocation(0) });
    }
  }
  return {
    file,
    value,
    document,
    diagnostics,
    locate: (path, atKey = false) => toLocation(offsetOf(document.contents, path, atKey)),
    locateOffset: toLocation,
  };
}

/**
 * Every key used twice in one mapping (one value would silently win: a second `state:` could change a
 * destination) and every key that names an object internal (`__proto__`, `constructor`, …), at its position.
 */
function keyProblems(root: Node | null, toLocation: (offset: number) => SourceLocation): Diagnostic[] {
  const found: Diagnostic[] = [];
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        const at = toLocation(rangeStart(pair.key as Node | null));
        if (key !== undefined && isReservedKey(key)) {
          found.push({ code: 'reserved-key', severity: 'error', message: reservedKeyMessage(key), hint: 'rename or remove the key', location: at });
        } else if (key !== undefined && seen.has(key)) {
          found.push({ code: 'duplicate-key', severity: 'error', message: `key ${quoteToken(key)} appears twice in this mapping; one value would silently win`, hint: 'keep one of the two', location: at });
        }
        if (key !== undefined) seen.add(key);
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      stack.push(...node.items);
    }
  }
  return found;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** Walks the node tree along `path`; stops at the deepest node that exists. */
function offsetOf(root: Node | null, path: readonly (string | number)[], atKey: boolean): number {
  let node: unknown = root;
  let offset = rangeStart(root);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = keyIndex(node).get(String(segment));
      if (!pair) return offset;
      if (last && atKey) return rangeStart(pair.key as Node);
      node = pair.value;
      offset = rangeStart(pair.value as Node | null) || rangeStart(pair.key as Node);
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return offset;
      node = item;
      offset = rangeStart(item as Node);
    } else {
      return offset;
    }
  }
  return offset;
}

// Each map's keys, indexed once: locating every entry of a large map stays linear, not quadratic.
const KEY_INDEX = new WeakMap<YAMLMap, Map<string, Pair>>();

function keyIndex(node: YAMLMap): Map<string, Pair> {
  let index = KEY_INDEX.get(node);
  if (!index) {
    index = new Map();
    for (const item of node.items) if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
    KEY_INDEX.set(node, index);
  }
  return index;
}

function rangeStart(node: Node | null | undefined): number {
  return node?.range?.[0] ?? 0;
}

/** Whether a text parses as YAML without a syntax error (for telling YAML flow style from broken JSON). */
export function hasYamlSyntax(text: string): boolean {
  return parseDocument(text).errors.length === 0;
}
