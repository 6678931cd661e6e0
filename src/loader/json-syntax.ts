import type { Diagnostic } from '../diagnostics/index.js';

/** A JSON syntax error as the JSON parser reports it, at a character offset. */
export interface JsonSyntaxError {
  readonly message: string;
  /** 0-based offset of the character the parser stopped at (the text's length when it ended early). */
  readonly offset: number;
}

/**
 * Checks `text` with the platform's JSON parser and, when it fails, says where. Node's messages give
 * "at position N" for most errors but not all ("Unexpected token"), so a missing position is found
 * by bisection: the shortest prefix that already fails for a reason other than ending early.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const failure = parseFailure(text);
  if (!failure) return undefined;
  const offset = failure.position ?? firstBadOffset(text);
  return { message: plainMessage(failure.message, text.length <= offset), offset };
}

function parseFailure(text: string): { message: string; position?: number } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    return position === undefined ? { message } : { message, position: Number(position) };
  }
}

/** True when the prefix holds an error, not merely an unfinished document. */
function failsWithin(prefix: string): boolean {
  const failure = parseFailure(prefix);
  if (!failure || /end of JSON input/.test(failure.message)) return false;
  return failure.position === undefined || failure.position < prefix.length;
}

function firstBadOffset(text: string): number {
  let low = 1;
  let high = text.length;
  if (!failsWithin(text)) return text.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (failsWithin(text.slice(0, middle))) high = middle;
    else low = middle + 1;
  }
  return low - 1;
}

/** The parser's message without the offset (the location says it) or the echo of the whole input. */
function plainMessage(message: string, atEnd: boolean): string {
  if (atEnd) return 'the JSON ends before it is complete (an unclosed {, [ or string?)';
  const plain = message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ at position \d+.*$/s, '')
    .replace(/ in JSON$/, '')
    .replace(/^Unexpected token/, 'unexpected character');
  return plain.charAt(0).toLowerCase() + plain.slice(1);
}

/** The JSON parser's complaint about `text` as a diagnostic at `file:line:col`, or undefined when it parses. */
export function jsonSyntaxDiagnostic(file: string, text: string, firstLine = 1): Diagnostic | undefined {
  const error = text.trim() === '' ? { message: 'the file is empty', offset: 0 } : jsonSyntaxError(text);
  if (!error) return undefined;
  const before = text.slice(0, error.offset);
  const line = firstLine + (before.match(/\n/g)?.length ?? 0);
  const column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
  return { code: 'json-syntax', severity: 'error', message: error.message, hint: 'fix the JSON at this position (a missing comma or quote, or a trailing comma)', location: { file, line, column } };
}
