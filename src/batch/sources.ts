import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { Diagnostic } from '../diagnostics/index.js';
import { isYamlText, loadRecordsFromYaml, recordError } from '../loader/index.js';
import { jsonSyntaxDiagnostic } from '../loader/index.js';
import { DecodeError, StrictDecoder } from '../loader/index.js';
import { DEFAULT_LIMITS, limitMessage, type Limits } from '../loader/index.js';
import { fileErrorText } from '../loader/index.js';
import type { Unit } from './units.js';
import { InputStop, UNIT_SIZE, type InputRead } from './input-units.js';
import { csvUnits } from './csv-units.js';
import { ndjsonUnits } from './ndjson-units.js';
import { csvByteUnits } from './csv-byte-units.js';
import { decodeDiagnostic } from './unit-decoding.js';

export { UNIT_SIZE, type InputRead } from './input-units.js';

/** Input formats of transfer records. */
export type InputFormat = 'yaml' | 'json' | 'ndjson' | 'csv';


/**
 * Picks the format of standard input from its content: NDJSON (several lines, each starting a JSON
 * object), JSON (valid JSON, or text starting with { or [ that is not valid YAML either, so that its
 * error comes from the JSON parser), or YAML (including YAML flow style such as `{id: A, …}`). CSV has
 * no reliable mark, so it needs --input-format csv.
 */
export async function sniffFormat(text: string): Promise<InputFormat> {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body.startsWith('{') && !body.startsWith('[')) return 'yaml';
  // NDJSON: every line starts an object. Pretty-printed JSON has lines that do not ("  \"id\": …").
  const lines = body.split('\n', 6).filter(line => line.trim() !== '');
  if (lines.length > 1 && lines.every(line => line.trimStart().startsWith('{'))) return 'ndjson';
  try {
    JSON.parse(body);
    return 'json';
  } catch {
    return (await isYamlText(body)) ? 'yaml' : 'json';
  }
}

/** Picks the format from the file name; standard input defaults to YAML, which also reads JSON. */
export function formatOf(file: string, override?: InputFormat): InputFormat {
  if (override) return override;
  const ext = extname(file).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  return 'yaml';
}


/** An input: a file path, or standard input given as a stream (or, once buffered, as text). */
export interface InputSource {
  readonly file: string;
  readonly format: InputFormat;
  readonly open: () => Readable;
  /** The number of the input's first line (default 1): a shard of a larger file keeps its line numbers. */
  readonly firstLine?: number | undefined;
}


/**
 * Reads one input as a stream of units. YAML and JSON are documents and are read whole; NDJSON and
 * CSV are cut into units of whole records as they stream, so memory does not grow with the input.
 * Bytes are decoded strictly (see `StrictDecoder`), so a character split between two reads stays
 * whole and a bad byte is an error with its position. `read.sha256` is filled in as the bytes go by;
 * `onBytes` reports progress. `unitSize` (records per unit) is there for tests, which need many
 * units from a few records.
 */
export async function* unitsOf(source: InputSource, read: InputRead, onBytes: (n: number) => void = () => undefined, limits: Limits = DEFAULT_LIMITS, unitSize = UNIT_SIZE, options: UnitOptions = {}): AsyncGenerator<Unit> {
  const hash = createHash('sha256');
  let total = 0;
  let stream: Readable | undefined;
  const chunks = (async function* () {
    stream = source.open();
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.length;
      if (total > limits.maxInputBytes) throw new InputStop(limitMessage(`${source.file} (${total.toLocaleString('en')} bytes so far)`, limits.maxInputBytes, '--max-input-size'), 1, 'input-too-large', 'split the input, or raise the limit');
      hash.update(buffer);
      onBytes(buffer.length);
      yield buffer;
    }
  })();
  try {
    if (source.format === 'csv' && options.csvBytes) {
      const bytes = await withHead(chunks);
      if (bytes.utf8) yield* csvByteUnits(source.file, bytes.chunks, read, limits, unitSize);
      else yield* csvUnits(source.file, decoded(bytes.chunks), read, limits, unitSize);
    } else {
      const texts = decoded(chunks);
      if (source.format === 'ndjson') yield* ndjsonUnits(source.file, texts, limits, unitSize, source.firstLine ?? 1);
      else if (source.format === 'csv') yield* csvUnits(source.file, texts, read, limits, unitSize);
      else yield* documentUnits(source, texts, read, limits, unitSize);
    }
  } catch (error) {
    read.fatal = [stopDiagnostic(source.file, error)];
  } finally {
    stream?.destroy();
  }
  read.sha256 = hash.digest('hex');
}

/** How `unitsOf` cuts its units. */
export interface UnitOptions {
  /**
   * Cut UTF-8 CSV into units of raw bytes (`csv-bytes`), decoded where they are processed (a worker
   * thread), instead of decoding here. The records, errors, lines and hash are the same either way.
   */
  readonly csvBytes?: boolean;
}

/** Decodes byte chunks strictly (see `StrictDecoder`), so a character split between two reads stays whole. */
async function* decoded(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StrictDecoder();
  for await (const chunk of chunks) {
    const text = decoder.push(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * Reads the first four bytes (or all, if fewer), which tell the encoding as `StrictDecoder` sees it:
 * `utf8` is false for a UTF-16 or UTF-32 byte-order mark (and for bytes that UTF-8 text cannot start
 * with), which the text path decodes or refuses. The chunks come back whole, the first holding the head.
 */
async function withHead(chunks: AsyncGenerator<Buffer>): Promise<{ utf8: boolean; chunks: AsyncIterable<Buffer> }> {
  const head: Buffer[] = [];
  let size = 0;
  while (size < 4) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    size += next.value.length;
  }
  const first = Buffer.concat(head);
  const utf8 = !(first[0] === 0xff || first[0] === 0xfe || (first[0] === 0 && first[1] === 0));
  let headGiven = size === 0;
  const all: AsyncIterable<Buffer> = {
    [Symbol.asyncIterator]: () => ({
      next: (): Promise<IteratorResult<Buffer>> => {
        if (headGiven) return chunks.next();
        headGiven = true;
        return Promise.resolve({ done: false, value: first });
      },
    }),
  };
  return { utf8, chunks: all };
}

/** The diagnostic for whatever stopped an input: a decoding error, a limit, or the file system. */
function stopDiagnostic(file: string, error: unknown): Diagnostic {
  if (error instanceof DecodeError) return decodeDiagnostic(file, error);
  if (error instanceof InputStop) return { code: error.code, severity: 'error', message: error.message, hint: error.hint, location: { file, line: error.line } };
  return { code: 'file-unreadable', severity: 'error', message: `cannot read ${file}: ${fileErrorText(error)}`, hint: 'check the path', location: { file, line: 1 } };
}

/** Opens a file as a byte stream. */
export function fileSource(file: string, format: InputFormat): InputSource {
  return { file, format, open: () => createReadStream(file, { highWaterMark: 1 << 20 }) };
}

async function* documentUnits(source: InputSource, texts: AsyncIterable<string>, read: InputRead, limits: Limits, unitSize: number): AsyncGenerator<Unit> {
  const { file } = source;
  const parts: string[] = [];
  let size = 0;
  for await (const text of texts) {
    size += text.length;
    if (size > limits.maxDocumentChars) throw new InputStop(limitMessage(`${file} (a YAML or JSON document, read whole)`, limits.maxDocumentChars, '--max-document-size'), 1, 'input-too-large', 'use NDJSON or CSV for large batches, or raise the limit');
    parts.push(text);
  }
  const text = parts.join('');
  // JSON is read by the YAML parser (for positions), but its syntax errors come from the JSON parser.
  const syntax = source.format === 'json' ? jsonSyntaxDiagnostic(file, text) : undefined;
  if (syntax) {
    read.unreadable = true;
    yield { kind: 'parsed', items: [recordError(`${file}:${syntax.location?.line ?? 1}`, undefined, [syntax])] };
    return;
  }
  const loaded = await loadRecordsFromYaml({ file, text, sha256: '' });
  if (loaded.unreadable) read.unreadable = true;
  const items = [...loaded.records, ...loaded.errors].sort((a, b) => lineOf(a) - lineOf(b));
  for (let i = 0; i < items.length; i += unitSize) yield { kind: 'parsed', items: items.slice(i, i + unitSize) };
}

function lineOf(item: { origin: { line: number } } | { source: string }): number {
  if ('origin' in item) return item.origin.line;
  return Number(/:(\d+)(?::\d+)?$/.exec(item.source)?.[1] ?? 0);
}
