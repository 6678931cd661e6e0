import { limitMessage, type Limits } from '../loader/index.js';
import type { CsvColumn } from '../loader/index.js';
import { readCsvHeader } from './csv-units.js';
import { InputStop, UNIT_SIZE, type InputRead } from './input-units.js';
import { decodeUnitBytes } from './unit-decoding.js';
import type { Unit } from './units.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Cuts UTF-8 CSV bytes at record boundaries (line breaks outside quotes) without decoding them, so
 * decoding and parsing both happen where the unit is processed (a worker thread). Scanning bytes is
 * safe in UTF-8: a quote (0x22), LF (0x0A) or CR (0x0D) byte never occurs inside a multi-byte
 * character. LF, CRLF and a lone CR each end a line, as the text decoder reads them.
 *
 * Every cut, line number, limit and header is the same as `csvUnits` gives for the decoded text of
 * the same chunks: units are cut after each chunk has been scanned and checked, `unitSize` records
 * at a time. The header row is decoded and parsed here (one row). The first bytes of the input must
 * already be known to be UTF-8 (the caller sends UTF-16 and UTF-32 to the text path); a UTF-8
 * byte-order mark is skipped. Stops early (without an error of its own) once `read.fatal` is set.
 */
export async function* csvByteUnits(file: string, chunks: AsyncIterable<Buffer>, read: InputRead, limits: Limits, unitSize = UNIT_SIZE): AsyncGenerator<Unit> {
  /** Bytes not yet in a unit; `pending[0]` is at a line start, file offset `offset`, line `line`. */
  let pending: Buffer = Buffer.alloc(0);
  let offset = 0;
  let line = 1;
  // Scan state, in `pending` coordinates.
  let scanned = 0;
  const state: ScanState = { inQuotes: false, lineAt: 1, lineStart: 0, ends: [], endLines: [] };
  let columns: readonly CsvColumn[] | undefined;
  let started = false;

  const cut = (upTo: number, lineAfter: number): { bytes: Buffer; firstLine: number; byteOffset: number } => {
    const piece = { bytes: pending.subarray(0, upTo), firstLine: line, byteOffset: offset };
    pending = pending.subarray(upTo);
    offset += upTo;
    line = lineAfter;
    scanned -= upTo;
    state.lineStart -= upTo;
    return piece;
  };
  const header = (upTo: number, lineAfter: number): boolean => {
    const piece = cut(upTo, lineAfter);
    columns = readCsvHeader(decodeUnitBytes(piece.bytes, piece), file, piece.firstLine, limits, read);
    return columns !== undefined;
  };

  for await (const chunk of chunks) {
    if (read.fatal) return;
    let bytes = chunk;
    if (!started) {
      started = true;
      if (hasUtf8Bom(bytes)) {
        bytes = bytes.subarray(3);
        offset = 3;
      }
    }
    pending = pending.length ? Buffer.concat([pending, bytes]) : bytes;
    scanned = scan(pending, scanned, state);
    const { ends, endLines } = state;
    checkLimits(file, pending, scanned, state.lineStart, state.lineAt, ends.at(-1) ?? 0, endLines.at(-1) ?? line, limits, { firstLine: line, byteOffset: offset });
    let used = 0;
    /** Where `pending` now starts, in the coordinates the record ends were scanned in. */
    let shift = 0;
    if (!columns && ends.length) {
      shift = ends[0] ?? 0;
      used = 1;
      if (!header(shift, endLines[0] ?? line)) return;
    }
    // A 1 MB chunk holds thousands of rows: cut it into units of `unitSize` records each.
    while (columns && ends.length - used >= unitSize) {
      const last = used + unitSize - 1;
      const end = ends[last] ?? 0;
      const piece = cut(end - shift, endLines[last] ?? line);
      shift = end;
      used = last + 1;
      yield { kind: 'csv-bytes', file, firstLine: piece.firstLine, byteOffset: piece.byteOffset, bytes: piece.bytes, columns };
      if (read.fatal) return;
    }
    // Keep the record ends not yet cut, in the coordinates of what is left of `pending`.
    state.ends = ends.slice(used).map(end => end - shift);
    state.endLines = endLines.slice(used);
  }
  if (!started) return;
  if (!columns && !isBlank(pending) && !header(pending.length, line)) return;
  if (columns && !isBlank(pending)) {
    const rest = cut(pending.length, line);
    yield { kind: 'csv-bytes', file, firstLine: rest.firstLine, byteOffset: rest.byteOffset, bytes: rest.bytes, columns };
  }
}

/** Where a scan has got to: inside quotes or not, the current line and where it starts, and the record ends found. */
interface ScanState {
  inQuotes: boolean;
  lineAt: number;
  lineStart: number;
  /** Record ends outside quotes (offsets just after the line break), with the line that follows each. */
  ends: number[];
  endLines: number[];
}

/**
 * Scans bytes from `from` for quotes and line breaks, adding each record end outside quotes to the
 * state; returns where it stopped: the end, or a CR at the end (CRLF or not is told by the next byte).
 * A plain function with locals, so the loop is optimised (about 1.5 ns a byte); most bytes are above
 * 0x22 and are skipped with one comparison.
 */
function scan(bytes: Uint8Array, from: number, state: ScanState): number {
  let { inQuotes, lineAt, lineStart } = state;
  const length = bytes.length;
  let i = from;
  for (; i < length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte > QUOTE) continue;
    if (byte === QUOTE) inQuotes = !inQuotes;
    else if (byte === LF || byte === CR) {
      if (byte === CR) {
        if (i + 1 === length) break;
        if (bytes[i + 1] === LF) continue;
      }
      lineAt += 1;
      lineStart = i + 1;
      if (!inQuotes) {
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
 * than the characters they hold, so characters are counted (and the bytes checked, as the decoder
 * would have before any limit) only when the bytes are over a limit.
 */
function checkLimits(file: string, pending: Buffer, scanned: number, lineStart: number, lineAt: number, recordStart: number, recordLine: number, limits: Limits, place: { firstLine: number; byteOffset: number }): void {
  if (scanned - lineStart <= limits.maxLineChars && scanned - recordStart <= limits.maxRecordChars) return;
  const end = scanned - incompleteTail(pending, scanned);
  decodeUnitBytes(pending.subarray(0, end), place);
  if (charsIn(pending, lineStart, end) > limits.maxLineChars) {
    throw new InputStop(limitMessage(`line ${lineAt}`, limits.maxLineChars, '--max-line-length'), lineAt, 'line-too-long', 'check the file is CSV with line breaks, or raise the limit');
  }
  if (charsIn(pending, recordStart, end) > limits.maxRecordChars) {
    throw new InputStop(limitMessage(`the CSV record starting at line ${recordLine}`, limits.maxRecordChars, '--max-record-size'), recordLine, 'record-too-large', 'look for a quote that is never closed, or raise the limit');
  }
}

/** How many bytes before `end` begin a character whose remaining bytes have not arrived yet. */
function incompleteTail(bytes: Buffer, end: number): number {
  for (let back = 1; back <= Math.min(3, end); back++) {
    const byte = bytes[end - back] ?? 0;
    if ((byte & 0xc0) !== 0x80) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return length > back ? back : 0;
    }
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
function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) {
    if (byte >= 0x80) return bytes.toString('utf8').trim() === '';
    if (byte !== 0x20 && (byte < 0x09 || byte > 0x0d)) return false;
  }
  return true;
}
