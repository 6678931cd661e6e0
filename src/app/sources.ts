import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/index.js';
import { loadRecordsFromYaml, recordError } from '../loader/records.js';
import { jsonSyntaxDiagnostic } from '../loader/json-syntax.js';
import { mapHeader } from '../loader/csv-mapping.js';
import type { Unit } from './units.js';

/** Input formats of transfer records. */
export type InputFormat = 'yaml' | 'json' | 'ndjson' | 'csv';

/** Records per unit: big enough to amortise a message to a worker, small enough to keep memory flat (500 measured best on 2 cores). */
export const UNIT_SIZE = 500;

/**
 * Picks the format of standard input from its content: NDJSON (several lines, each starting a JSON
 * object), JSON (valid JSON, or text starting with { or [ that is not valid YAML either, so that its
 * error comes from the JSON parser), or YAML (including YAML flow style such as `{id: A, …}`). CSV has
 * no reliable mark, so it needs --input-format csv.
 */
export function sniffFormat(text: string): InputFormat {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body.startsWith('{') && !body.startsWith('[')) return 'yaml';
  // NDJSON: every line starts an object. Pretty-printed JSON has lines that do not ("  \"id\": …").
  const lines = body.split('\n', 6).filter(line => line.trim() !== '');
  if (lines.length > 1 && lines.every(line => line.trimStart().startsWith('{'))) return 'ndjson';
  try {
    JSON.parse(body);
    return 'json';
  } catch {
    return parseDocument(body).errors.length === 0 ? 'yaml' : 'json';
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

/** What reading one input produced, besides its units. */
export interface InputRead {
  sha256: string;
  /** Problems that stop the whole input (missing file, bad CSV header); each becomes a report error. */
  fatal?: Diagnostic[];
  /** The input could not be read at all: exit code 2, even if its problem is already a report error. */
  unreadable?: boolean;
}

/** An input: a file path, or standard input given as a stream (or, once buffered, as text). */
export interface InputSource {
  readonly file: string;
  readonly format: InputFormat;
  readonly open: () => Readable;
}

/**
 * Reads one input as a stream of units. YAML and JSON are documents and are read whole; NDJSON and
 * CSV are cut into units of whole records as they stream, so memory does not grow with the input.
 * `read.sha256` is filled in as the bytes go by; `onBytes` reports progress.
 */
export async function* unitsOf(source: InputSource, read: InputRead, onBytes: (n: number) => void = () => undefined): AsyncGenerator<Unit> {
  const hash = createHash('sha256');
  const stream = source.open();
  const chunks = (async function* () {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      hash.update(buffer);
      onBytes(buffer.length);
      yield buffer;
    }
  })();
  try {
    if (source.format === 'ndjson') yield* ndjsonUnits(source.file, chunks);
    else if (source.format === 'csv') yield* csvUnits(source.file, chunks, read);
    else yield* documentUnits(source, chunks, read);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : (error as Error).message;
    const hint = code === 'EISDIR' ? `name the record files inside it, e.g. ${source.file}/*.yaml` : 'check the path';
    read.fatal = [{ code: 'file-unreadable', severity: 'error', message: `cannot read ${source.file}: ${reason}`, hint, location: { file: source.file, line: 1 } }];
  }
  read.sha256 = hash.digest('hex');
}

/** Opens a file as a byte stream. */
export function fileSource(file: string, format: InputFormat): InputSource {
  return { file, format, open: () => createReadStream(file, { highWaterMark: 1 << 20 }) };
}

async function* ndjsonUnits(file: string, chunks: AsyncIterable<Buffer>): AsyncGenerator<Unit> {
  let pending = '';
  let lines: string[] = [];
  let firstLine = 1;
  let line = 1;
  for await (const chunk of chunks) {
    pending += chunk.toString('utf8');
    let start = 0;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
      lines.push(pending.slice(start, end));
      start = end + 1;
      line += 1;
      if (lines.length >= UNIT_SIZE) {
        yield { kind: 'ndjson', file, firstLine, lines };
        lines = [];
        firstLine = line;
      }
    }
    pending = pending.slice(start);
  }
  if (pending !== '') lines.push(pending);
  if (lines.length) yield { kind: 'ndjson', file, firstLine, lines };
}

/**
 * Cuts CSV text at record boundaries: newlines outside quotes. The cutting is a plain character scan,
 * so the parsing itself (csv-parse) can run in the workers, in parallel.
 */
async function* csvUnits(file: string, chunks: AsyncIterable<Buffer>, read: InputRead): AsyncGenerator<Unit> {
  let pending = '';
  let scanned = 0;
  let inQuotes = false;
  let boundaries: number[] = [];
  let line = 1;
  let columns: ReturnType<typeof mapHeader>['columns'];
  let first = true;
  const take = (upTo: number): { text: string; firstLine: number } => {
    const text = pending.slice(0, upTo);
    const firstLine = line;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) line += 1;
    pending = pending.slice(upTo);
    boundaries = boundaries.map(b => b - upTo).filter(b => b > 0);
    scanned -= upTo;
    return { text, firstLine };
  };
  const flushHeader = (upTo: number): boolean => {
    const { text, firstLine } = take(upTo);
    const rows: string[][] = parseCsv(text, { bom: true, relax_column_count: true });
    const header = rows[0] ?? [];
    const mapped = mapHeader(header, file, firstLine);
    columns = mapped.columns;
    if (!columns) read.fatal = mapped.diagnostics;
    return columns !== undefined;
  };
  for await (const chunk of chunks) {
    let text = chunk.toString('utf8');
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    pending += text;
    for (; scanned < pending.length; scanned++) {
      const code = pending.charCodeAt(scanned);
      if (code === 34) inQuotes = !inQuotes;
      else if (code === 10 && !inQuotes) boundaries.push(scanned + 1);
    }
    if (!columns && boundaries.length && !flushHeader(boundaries[0] ?? 0)) return;
    // A 1 MB chunk holds thousands of rows: cut it into units of UNIT_SIZE records each.
    while (columns && boundaries.length >= UNIT_SIZE) {
      const cut = take(boundaries[UNIT_SIZE - 1] ?? 0);
      yield { kind: 'csv', file, firstLine: cut.firstLine, text: cut.text, columns, bom: false };
    }
  }
  if (!columns && pending.trim() !== '' && !flushHeader(pending.length)) return;
  if (columns && pending.trim() !== '') {
    const rest = take(pending.length);
    yield { kind: 'csv', file, firstLine: rest.firstLine, text: rest.text, columns, bom: false };
  }
}

async function* documentUnits(source: InputSource, chunks: AsyncIterable<Buffer>, read: InputRead): AsyncGenerator<Unit> {
  const { file } = source;
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  const raw = Buffer.concat(parts).toString('utf8');
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // JSON is read by the YAML parser (for positions), but its syntax errors come from the JSON parser.
  const syntax = source.format === 'json' ? jsonSyntaxDiagnostic(file, text) : undefined;
  if (syntax) {
    read.unreadable = true;
    yield { kind: 'parsed', items: [recordError(`${file}:${syntax.location?.line ?? 1}`, undefined, [syntax])] };
    return;
  }
  const loaded = loadRecordsFromYaml({ file, text, sha256: '' });
  if (loaded.unreadable) read.unreadable = true;
  const items = [...loaded.records, ...loaded.errors].sort((a, b) => lineOf(a) - lineOf(b));
  for (let i = 0; i < items.length; i += UNIT_SIZE) yield { kind: 'parsed', items: items.slice(i, i + UNIT_SIZE) };
}

function lineOf(item: { origin: { line: number } } | { source: string }): number {
  if ('origin' in item) return item.origin.line;
  return Number(/:(\d+)(?::\d+)?$/.exec(item.source)?.[1] ?? 0);
}
