import { Readable } from 'node:stream';
import type { SourcedRecord } from '../engine/index.js';
import { recordError, type RecordError } from '../loader/records.js';
import { fileSource, formatOf, unitsOf, type InputFormat, type InputRead, type InputSource } from './sources.js';
import { parseUnit } from './units.js';

export { formatOf, type InputFormat } from './sources.js';

/** All records of all inputs, with every failure kept as an error and the inputs' hashes. */
export interface LoadedInputs {
  readonly records: SourcedRecord[];
  readonly errors: RecordError[];
  readonly inputs: { file: string; sha256: string }[];
  readonly unreadable: boolean;
}

/** The sources for the files named on the command line; `-` is standard input, read once. */
export async function sourcesFor(files: readonly string[], readStdin: () => Promise<string>, override?: InputFormat): Promise<InputSource[]> {
  const sources: InputSource[] = [];
  for (const file of files) {
    if (file !== '-') {
      sources.push(fileSource(file, formatOf(file, override)));
      continue;
    }
    const text = Buffer.from(await readStdin(), 'utf8');
    sources.push({ file: '<stdin>', format: formatOf('-', override), open: () => Readable.from([text]) });
  }
  return sources;
}

/**
 * Loads every record of every input into memory (for diff, checklist and small runs); a later
 * record reusing an id becomes an error, so no result is ambiguous. Batches use `runBatch` instead.
 */
export async function loadInputs(files: readonly string[], readStdin: () => Promise<string>, override?: InputFormat): Promise<LoadedInputs> {
  const records: SourcedRecord[] = [];
  const errors: RecordError[] = [];
  const inputs: { file: string; sha256: string }[] = [];
  let unreadable = false;
  for (const source of await sourcesFor(files, readStdin, override)) {
    const read: InputRead = { sha256: '' };
    for await (const unit of unitsOf(source, read)) {
      for (const entry of parseUnit(unit)) {
        if ('record' in entry) records.push(entry);
        else errors.push(entry);
      }
    }
    for (const diagnostic of read.fatal ?? []) errors.push(recordError(`${source.file}:${diagnostic.location?.line ?? 1}`, undefined, [diagnostic]));
    unreadable ||= Boolean(read.fatal?.length) || Boolean(read.unreadable);
    inputs.push({ file: source.file, sha256: read.sha256 });
  }
  return { ...rejectDuplicateIds(records, errors), inputs, unreadable };
}

/** Moves every record whose id was already used in the batch to the errors, citing the first use. */
export function rejectDuplicateIds(records: readonly SourcedRecord[], errors: readonly RecordError[]): { records: SourcedRecord[]; errors: RecordError[] } {
  const firstSeen = new Map<string, string>();
  const kept: SourcedRecord[] = [];
  const moved: RecordError[] = [...errors];
  for (const entry of records) {
    const source = `${entry.origin.file}:${entry.origin.line}`;
    const first = firstSeen.get(entry.record.id);
    if (first === undefined) {
      firstSeen.set(entry.record.id, source);
      kept.push(entry);
      continue;
    }
    moved.push(recordError(source, entry.record.id, [{ code: 'duplicate-id', severity: 'error', message: `id "${entry.record.id}" is already used at ${first}`, hint: 'give each application its own id', path: 'id', location: { file: entry.origin.file, line: entry.origin.line } }]));
  }
  return { records: kept, errors: moved };
}
