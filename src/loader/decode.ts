import { TextDecoder } from 'node:util';

/**
 * Strict, streaming text decoding for every input atra reads. A byte-order mark picks the encoding
 * (UTF-8, UTF-16LE/BE; UTF-32 is recognised and refused by name); invalid UTF-8 and NUL bytes are
 * errors with their line and byte offset; CRLF and a lone CR (old Mac files) both become LF, so every
 * later stage sees one line-ending convention. The output does not depend on how the bytes were
 * chunked: a character or a CRLF split across two reads comes out whole.
 */

/** A decoding problem, with where it is. */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly code: 'encoding' | 'invalid-utf8' | 'nul-byte',
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Decodes chunks of bytes into normalised text, keeping multi-byte characters whole across chunks. */
export class StrictDecoder {
  private decoder: TextDecoder | undefined;
  private encoding: Encoding = 'utf-8';
  private head: Buffer = Buffer.alloc(0);
  private pendingCr = false;
  private bytes = 0;
  private line = 1;
  private carry: Buffer = Buffer.alloc(0);

  /** Decodes one chunk; throws `DecodeError` at the first bad byte. */
  push(chunk: Buffer): string {
    if (!this.decoder) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < 4) return '';
      return this.start(this.head, false);
    }
    return this.decode(chunk, false);
  }

  /** Ends the input: whatever is held back is decoded, or is an error. */
  end(): string {
    if (!this.decoder) return this.start(this.head, true);
    return this.decode(Buffer.alloc(0), true);
  }

  private start(head: Buffer, final: boolean): string {
    const { encoding, skip } = sniff(head);
    this.encoding = encoding;
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    this.bytes = skip;
    return this.decode(head.subarray(skip), final);
  }

  private decode(chunk: Buffer, final: boolean): string {
    let text: string;
    try {
      text = (this.decoder as TextDecoder).decode(chunk, { stream: !final });
    } catch {
      if (this.encoding !== 'utf-8') throw new DecodeError(`not valid ${this.encoding.toUpperCase()} near byte offset ${this.bytes}`, this.line, 'invalid-utf8');
      const all = Buffer.concat([this.carry, chunk]);
      const bad = firstInvalidUtf8(all);
      // The line of the bad byte: the lines of the valid text before it, counted as they would be returned.
      const before = normalise(`${this.pendingCr ? '\r' : ''}${all.subarray(0, bad).toString('utf8')}`, true).text;
      throw new DecodeError(`not valid UTF-8 at byte offset ${this.bytes + bad - this.carry.length}`, this.line + countNewlines(before), 'invalid-utf8');
    }
    // Bytes of a character still incomplete at the end of this chunk, for the error offset above.
    this.carry = incompleteTail(Buffer.concat([this.carry, chunk]));
    this.bytes += chunk.length;
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      const line = this.line + countNewlines(normalise(text.slice(0, nul), false).text);
      throw new DecodeError('NUL byte in text (is this a binary file, or UTF-16 without a byte-order mark?)', line, 'nul-byte');
    }
    if (this.pendingCr) text = `\r${text}`;
    const normalised = normalise(text, final);
    this.pendingCr = normalised.pendingCr;
    this.line += countNewlines(normalised.text);
    return normalised.text;
  }
}

/** Decodes a whole buffer with the same rules. */
export function decodeAll(bytes: Buffer): string {
  const decoder = new StrictDecoder();
  return decoder.push(bytes) + decoder.end();
}

function sniff(head: Buffer): { encoding: Encoding; skip: number } {
  const [a, b, c, d] = head;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) {
    throw new DecodeError('the file is UTF-32 (it starts with a UTF-32 byte-order mark); save it as UTF-8', 1, 'encoding');
  }
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return { encoding: 'utf-8', skip: 0 };
}

/** CRLF and lone CR become LF; a CR at the very end is held back until the next chunk says what follows. */
function normalise(text: string, final: boolean): { text: string; pendingCr: boolean } {
  let pendingCr = false;
  let body = text;
  if (!final && body.endsWith('\r')) {
    pendingCr = true;
    body = body.slice(0, -1);
  }
  return { text: body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body, pendingCr };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}

/** Length of a multi-byte UTF-8 sequence from its lead byte, or 0 for a byte that cannot lead one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The bytes at the end of `bytes` that start a character not yet complete. */
function incompleteTail(bytes: Buffer): Buffer {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) !== 0x80) {
      const length = sequenceLength(byte);
      return length > back ? bytes.subarray(bytes.length - back) : Buffer.alloc(0);
    }
  }
  return Buffer.alloc(0);
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    if (i + length > bytes.length) return bytes.length;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, surrogates and code points above U+10FFFF.
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}
