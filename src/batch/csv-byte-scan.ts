import { isUtf8 } from 'node:buffer';
import type { Limits } from '../loader/index.js';
import { csvLineTooLong, csvRecordTooLarge } from './input-units.js';
import { decodeUnitBytes } from './unit-decoding.js';

/* The byte-level work of cutting UTF-8 CSV without decoding it: scanning for quotes and line breaks, checking the bytes are well-formed, and counting characters for the limits. */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Where a scan has got to: inside quotes or not, the current line and where it starts, and the record ends found. */
export interface ScanState {
  inQuotes: boolean;
  lineAt: number;
  lineStart: number;
  /** Record ends outside quotes (offsets just after the line break), with the line that follows each. */
  ends: number[];
  endLines: number[];
  /** Complete lines and records whose bytes pass a limit (`[start, end, line]`): their characters are counted after the scan. */
  longLines: [number, number, number][];
  longRecords: [number, number, number | undefined][];
}

/**
 * Scans bytes from `from` for quotes and line breaks, adding each record end outside quotes to the
 * state; returns where it stopped: the end, or a CR at the end unless `final` (CRLF or not is told
 * by the next byte).
 * A plain function with locals, so the loop is optimised (about 1.5 ns a byte); most bytes are above
 * 0x22 and are skipped with one comparison.
 */
export function scan(bytes: Uint8Array, from: number, state: ScanState, final: boolean, limits: Limits): number {
  let { inQuotes, lineAt, lineStart } = state;
  const length = bytes.length;
  let i = from;
  for (; i < length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte > QUOTE) continue;
    if (byte === QUOTE) inQuotes = !inQuotes;
    else if (byte === LF || byte === CR) {
      if (byte === CR) {
        if (i + 1 === length && !final) break;
        if (bytes[i + 1] === LF) continue;
      }
      // Bytes are never fewer than characters: only a line or record over the limit in bytes can be over it.
      if (i - lineStart > limits.maxLineChars) state.longLines.push([lineStart, i, lineAt]);
      lineAt += 1;
      lineStart = i + 1;
      if (!inQuotes) {
        const recordStart = state.ends.at(-1) ?? 0;
        if (i - recordStart > limits.maxRecordChars) state.longRecords.push([recordStart, i, state.endLines.at(-1)]);
        state.ends.push(i + 1);
        state.endLines.push(lineAt);
      }
    }
  }
  state.inQuotes = inQuotes;
  state.lineAt = lineAt;
  state.lineStart = lineStart;
  return i;
}

/** Whether bytes start with the UTF-8 byte-order mark (which is not part of the text). */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * The line and record limits, counted in characters as in the decoded text. Bytes are never fewer
 * than the characters they hold, so characters are counted only when the bytes are over a limit.
 */
export function checkLimits(file: string, pending: Buffer, scanned: number, state: ScanState, firstLine: number, limits: Limits): void {
  const { lineStart, lineAt } = state;
  const recordStart = state.ends.at(-1) ?? 0;
  const recordLine = state.endLines.at(-1) ?? firstLine;
  // Complete lines and records first, in the order they end (a line before the record it ends).
  const long = [...state.longLines.map(([start, end, line]) => ({ start, end, line, record: false })), ...state.longRecords.map(([start, end, line]) => ({ start, end, line: line ?? firstLine, record: true }))].sort((a, b) => a.end - b.end || Number(a.record) - Number(b.record));
  state.longLines = [];
  state.longRecords = [];
  for (const { start, end, line, record } of long) {
    if (charsIn(pending, start, end) <= (record ? limits.maxRecordChars : limits.maxLineChars)) continue;
    throw record ? csvRecordTooLarge(line, limits) : csvLineTooLong(line, limits);
  }
  if (scanned - lineStart <= limits.maxLineChars && scanned - recordStart <= limits.maxRecordChars) return;
  const end = scanned - incompleteTail(pending, scanned);
  if (charsIn(pending, lineStart, end) > limits.maxLineChars) throw csvLineTooLong(lineAt, limits);
  if (charsIn(pending, recordStart, end) > limits.maxRecordChars) throw csvRecordTooLarge(recordLine, limits);
}

/**
 * Checks that `pending` from `from` to `to` is well-formed UTF-8 without NUL, with Node's native
 * validator (simdutf: about 0.01 µs a record, against about 1 µs to decode). A read that fails stops
 * the input before any of its records are cut, as the streaming decoder did; the error, worked out
 * by decoding from the last cut, has the decoder's code, wording, byte offset and line. Returns how
 * far the bytes are now checked.
 */
export function check(pending: Buffer, from: number, to: number, place: { firstLine: number; byteOffset: number }): number {
  if (to <= from) return from;
  const fresh = pending.subarray(from, to);
  // Invalid: decode all that has arrived, so the bytes after a broken sequence tell where it broke, as
  // in the streaming decoder. A NUL in valid text: decode up to the character still arriving.
  if (!isUtf8(fresh)) decodeUnitBytes(pending, place);
  else if (fresh.indexOf(0) >= 0) decodeUnitBytes(pending.subarray(0, to), place);
  return to;
}

/**
 * How many bytes before `end` are a well-formed start of a character whose other bytes have not
 * arrived yet: what a streaming UTF-8 decoder waits for instead of failing at once.
 */
export function incompleteTail(bytes: Buffer, end: number): number {
  for (let back = 1; back <= Math.min(3, end); back++) {
    const lead = bytes[end - back] ?? 0;
    if ((lead & 0xc0) === 0x80) continue;
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length <= back) return 0;
    // The second byte's range depends on the lead (no overlong forms, surrogates or code points past U+10FFFF).
    const second = bytes[end - back + 1];
    if (second !== undefined && back > 1) {
      const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      if (second < low || second > high) return 0;
    }
    return back;
  }
  return 0;
}

/** UTF-16 code units of valid UTF-8 bytes, with CRLF counted as the one LF it becomes. */
function charsIn(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const byte = bytes[i] ?? 0;
    if ((byte & 0xc0) !== 0x80) count += byte >= 0xf0 ? 2 : 1;
    if (byte === CR && bytes[i + 1] === LF) count -= 1;
  }
  return count;
}

/** Whether bytes are blank as `String.prototype.trim` sees them (only non-ASCII bytes need decoding to tell). */
export function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) {
    if (byte >= 0x80) return bytes.toString('utf8').trim() === '';
    if (byte !== 0x20 && (byte < 0x09 || byte > 0x0d)) return false;
  }
  return true;
}
