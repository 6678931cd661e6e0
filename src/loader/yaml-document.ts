import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic, SourceLocation } from '../diagnostics/index.js';

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
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLocation = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const diagnostics: Diagnostic[] = document.errors.map(error => ({
    code: 'yaml-syntax',
    severity: 'error',
    message: firstLine(error.message),
    hint: 'fix the YAML syntax at this position (indentation, a missing colon, or an unclosed quote)',
    location: toLocation(error.pos[0]),
  }));
  const value: unknown = diagnostics.length ? undefined : document.toJS({ maxAliasCount: 100 });
  return {
    file,
    value,
    document,
    diagnostics,
    locate: (path, atKey = false) => toLocation(offsetOf(document.contents, path, atKey)),
    locateOffset: toLocation,
  };
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
      const pair = node.items.find(item => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
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

function rangeStart(node: Node | null | undefined): number {
  return node?.range?.[0] ?? 0;
}
