import { limitMessage, recordError, type Limits } from '../loader/index.js';
import type { Unit } from './units.js';

/**
 * Cuts NDJSON text into units of `unitSize` lines, each knowing its first line. A line over the
 * limit is skipped up to its end and becomes an error of its own; the lines around it go on.
 */
export async function* ndjsonUnits(file: string, texts: AsyncIterable<string>, limits: Limits, unitSize: number, start = 1): AsyncGenerator<Unit> {
  let pending = '';
  let lines: string[] = [];
  let firstLine = start;
  let line = start;
  // A line over the limit is skipped up to its end and becomes an error of its own; the rest go on.
  let skipping = false;
  const tooLong = (at: number): Unit => ({
    kind: 'parsed',
    items: [recordError(`${file}:${at}`, undefined, [{ code: 'line-too-long', severity: 'error', message: limitMessage('this line', limits.maxLineChars, '--max-line-length'), hint: 'write one record a line, or raise the limit', location: { file, line: at } }])],
  });
  for await (const text of texts) {
    pending += text;
    let start = 0;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
      if (skipping) {
        skipping = false;
      } else if (end - start > limits.maxLineChars) {
        if (lines.length) yield { kind: 'ndjson', file, firstLine, lines };
        lines = [];
        yield tooLong(line);
        firstLine = line + 1;
      } else {
        lines.push(pending.slice(start, end));
      }
      start = end + 1;
      line += 1;
      if (lines.length >= unitSize) {
        yield { kind: 'ndjson', file, firstLine, lines };
        lines = [];
        firstLine = line;
      }
    }
    pending = pending.slice(start);
    if (!skipping && pending.length > limits.maxLineChars) {
      if (lines.length) yield { kind: 'ndjson', file, firstLine, lines };
      lines = [];
      yield tooLong(line);
      firstLine = line + 1;
      skipping = true;
    }
    if (skipping) pending = '';
  }
  if (pending !== '' && !skipping) lines.push(pending);
  if (lines.length) yield { kind: 'ndjson', file, firstLine, lines };
}
