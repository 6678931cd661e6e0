import type { Limits } from '../loader/index.js';
import type { CsvColumn } from '../loader/index.js';
import { check, checkLimits, hasUtf8Bom, incompleteTail, isBlank, scan, type ScanState } from './csv-byte-scan.js';
import { readCsvHeader } from './csv-units.js';
import { UNIT_SIZE, type InputRead } from './input-units.js';
import { decodeUnitBytes } from './unit-decoding.js';
import type { Unit } from './units.js';

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
 * byte-order mark is skipped. Each read is checked to be well-formed UTF-8 before it is cut (see
 * `check`), so a bad byte stops the input at the same place, with the same error, as decoding here
 * did; building the strings is left to the unit's processing.
 */
export async function* csvByteUnits(file: string, chunks: AsyncIterable<Buffer>, read: InputRead, limits: Limits, unitSize = UNIT_SIZE): AsyncGenerator<Unit> {
  /** Bytes not yet in a unit; `pending[0]` is at a line start, file offset `offset`, line `line`. */
  let pending: Buffer = Buffer.alloc(0);
  let offset = 0;
  let line = 1;
  // Scan state, in `pending` coordinates.
  let scanned = 0;
  /** How far `pending` is known to be well-formed UTF-8 without NUL (a character split by a read waits for its rest). */
  let checked = 0;
  const state: ScanState = { inQuotes: false, lineAt: 1, lineStart: 0, ends: [], endLines: [], longLines: [], longRecords: [] };
  let columns: readonly CsvColumn[] | undefined;
  let started = false;

  const cut = (upTo: number, lineAfter: number): { bytes: Buffer; firstLine: number; byteOffset: number } => {
    const piece = { bytes: pending.subarray(0, upTo), firstLine: line, byteOffset: offset };
    pending = pending.subarray(upTo);
    offset += upTo;
    line = lineAfter;
    scanned -= upTo;
    checked -= upTo;
    state.lineStart -= upTo;
    return piece;
  };
  const header = (upTo: number, lineAfter: number): boolean => {
    const piece = cut(upTo, lineAfter);
    columns = readCsvHeader(decodeUnitBytes(piece.bytes, piece), file, piece.firstLine, limits, read);
    return columns !== undefined;
  };

  /**
   * Scans what has arrived, checks the limits, reads the header and cuts whole units: once per read,
   * and once more at the end for a CR held back at the end of the last read (`final`), as the text
   * decoder gives it then. False when the header cannot be read.
   */
  function* step(final: boolean): Generator<Unit, boolean> {
    // A character still arriving is not scanned yet, nor a CR just before it (the decoder holds both back).
    scanned = scan(pending.subarray(0, final ? pending.length : pending.length - incompleteTail(pending, pending.length)), scanned, state, final, limits);
    const { ends, endLines } = state;
    checkLimits(file, pending, scanned, state, line, limits);
    let used = 0;
    /** Where `pending` now starts, in the coordinates the record ends were scanned in. */
    let shift = 0;
    if (!columns && ends.length) {
      shift = ends[0] ?? 0;
      used = 1;
      if (!header(shift, endLines[0] ?? line)) return false;
    }
    // A 1 MB read holds thousands of rows: cut it into units of `unitSize` records each.
    while (columns && ends.length - used >= unitSize) {
      const last = used + unitSize - 1;
      const end = ends[last] ?? 0;
      const piece = cut(end - shift, endLines[last] ?? line);
      shift = end;
      used = last + 1;
      yield { kind: 'csv-bytes', file, firstLine: piece.firstLine, byteOffset: piece.byteOffset, bytes: piece.bytes, columns };
    }
    // Keep the record ends not yet cut, in the coordinates of what is left of `pending`.
    state.ends = ends.slice(used).map(end => end - shift);
    state.endLines = endLines.slice(used);
    return true;
  }

  for await (const chunk of chunks) {
    let bytes = chunk;
    if (!started) {
      started = true;
      if (hasUtf8Bom(bytes)) {
        bytes = bytes.subarray(3);
        offset = 3;
      }
    }
    pending = pending.length ? Buffer.concat([pending, bytes]) : bytes;
    checked = check(pending, checked, pending.length - incompleteTail(pending, pending.length), { firstLine: line, byteOffset: offset });
    if (!(yield* step(false))) return;
  }
  if (!started) return;
  // A character still incomplete at the end of the input.
  check(pending, checked, pending.length, { firstLine: line, byteOffset: offset });
  if (scanned < pending.length && !(yield* step(true))) return;
  if (!columns && !isBlank(pending) && !header(pending.length, line)) return;
  if (columns && !isBlank(pending)) {
    const rest = cut(pending.length, line);
    yield { kind: 'csv-bytes', file, firstLine: rest.firstLine, byteOffset: rest.byteOffset, bytes: rest.bytes, columns };
  }
}
