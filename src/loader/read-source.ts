import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync, type Stats } from 'node:fs';
import type { Readable } from 'node:stream';
import { DecodeError, StrictDecoder } from './decode.js';
import { MAX_CONFIG_FILE_BYTES } from './limits.js';
import { fileErrorText } from './file-errors.js';

/** A file read whole, with the hash every report carries. */
export interface SourceText {
  /** The name reports use: the path as given, or `<stdin>`. */
  readonly file: string;
  readonly text: string;
  readonly sha256: string;
}

/** A file that could not be read as text: missing, a folder, too large, or not UTF-8. Exit 2. */
export class UnreadableSource extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line = 1,
  ) {
    super(`cannot read ${file}: ${reason}`);
    this.name = 'UnreadableSource';
  }
}

/** The sha256 of a text, as lower-case hex. */
export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Reads a file, or standard input for `-`, as strictly decoded text (see `StrictDecoder`) with
 * normalised line endings. A folder, a file over `limit` bytes (an endless device stops there) or
 * bytes that are not text throw `UnreadableSource`, never a raw file-system error.
 */
export async function readSource(path: string, stdin?: () => Promise<string>, limit = MAX_CONFIG_FILE_BYTES): Promise<SourceText> {
  const file = path === '-' ? '<stdin>' : path;
  if (path === '-' && stdin) {
    const text = await stdin();
    return { file, text, sha256: sha256(text) };
  }
  if (path !== '-') {
    // A synchronous stat: config files come by the hundred, and a thread-pool round trip each was most of lint's idle time.
    let info: Stats;
    try {
      info = statSync(path);
    } catch (error) {
      throw new UnreadableSource(file, fileErrorText(error));
    }
    if (info.isDirectory()) throw new UnreadableSource(file, 'it is a folder, not a file');
    // A regular file within the limit is read in one call: criteria, context and case files are
    // small and many, and a stream per file costs more than the reading. Devices and pipes stream.
    if (info.isFile() && info.size <= limit) return readWhole(file, path, limit);
  }
  return readStream(file, path === '-' ? process.stdin : createReadStream(path), limit);
}

function readWhole(file: string, path: string, limit: number): SourceText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UnreadableSource(file, fileErrorText(error));
  }
  // The file may have grown since it was measured.
  if (bytes.length > limit) throw new UnreadableSource(file, `it is over the limit of ${limit.toLocaleString('en')} bytes for this kind of file`);
  const decoder = new StrictDecoder();
  try {
    const text = decoder.push(bytes) + decoder.end();
    return { file, text, sha256: sha256(bytes) };
  } catch (error) {
    if (error instanceof DecodeError) throw new UnreadableSource(file, error.message, error.line);
    throw error;
  }
}

/** Reads a byte stream whole, strictly decoded, up to `limit` bytes. */
export async function readStream(file: string, stream: Readable, limit: number): Promise<SourceText> {
  const hash = createHash('sha256');
  const decoder = new StrictDecoder();
  const parts: string[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > limit) throw new UnreadableSource(file, `it is over the limit of ${limit.toLocaleString('en')} bytes for this kind of file`);
      hash.update(buffer);
      parts.push(decoder.push(buffer));
    }
    parts.push(decoder.end());
  } catch (error) {
    if (error instanceof UnreadableSource) throw error;
    if (error instanceof DecodeError) throw new UnreadableSource(file, error.message, error.line);
    throw new UnreadableSource(file, fileErrorText(error));
  } finally {
    stream.destroy();
  }
  return { file, text: parts.join(''), sha256: hash.digest('hex') };
}
