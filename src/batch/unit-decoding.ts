import { TextDecoder } from 'node:util';
import type { Diagnostic } from '../diagnostics/index.js';
import { DecodeError, firstInvalidUtf8 } from '../loader/index.js';

/*
 * Strict decoding of one unit of raw UTF-8 bytes, where the unit is parsed (a worker thread). The
 * unit starts at a line start and ends at a line end or the end of the input, so it holds whole
 * characters; the errors say the same as `StrictDecoder` would for the same bytes of the whole file:
 * the byte offset in the file and the line.
 */

/** Where a unit's bytes sit in their input: the line of its first byte and the file offset of it. */
export interface BytePlace {
  readonly firstLine: number;
  readonly byteOffset: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a unit's bytes as UTF-8 into text with LF line ends (CRLF and a lone CR become LF, as the
 * streaming decoder does); throws `DecodeError` at an invalid byte or a NUL.
 */
export function decodeUnitBytes(bytes: Uint8Array, place: BytePlace): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const before = Buffer.from(bytes.buffer, bytes.byteOffset, bad).toString('utf8');
    throw new DecodeError(`not valid UTF-8 at byte offset ${place.byteOffset + bad}`, place.firstLine + lineBreaks(before, true), 'invalid-utf8');
  }
  const nul = text.indexOf('\u0000');
  // A CR just before the NUL is not counted: the streaming decoder holds it back, not knowing yet whether an LF follows.
  if (nul >= 0) throw new DecodeError('NUL byte in text (is this a binary file, or UTF-16 without a byte-order mark?)', place.firstLine + lineBreaks(text.slice(0, nul), false), 'nul-byte');
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Line breaks in text: LF, CRLF and a lone CR each count once; a final CR counts only when `final`. */
function lineBreaks(text: string, final: boolean): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) count += 1;
    else if (code === 13 && text.charCodeAt(i + 1) !== 10 && (final || i + 1 < text.length)) count += 1;
  }
  return count;
}

/** The diagnostic that stops an input at a decoding error. */
export function decodeDiagnostic(file: string, error: DecodeError): Diagnostic {
  return { code: error.code, severity: 'error', message: `cannot read ${file}: ${error.message}`, hint: 'save the file as UTF-8 text', location: { file, line: error.line } };
}
