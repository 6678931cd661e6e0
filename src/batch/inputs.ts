import { Readable } from 'node:stream';
import type { SourcedRecord } from '../engine/index.js';
import { recordError, type RecordError } from '../loader/index.js';
import { IdRegistry } from './id-registry.js';
import { fileSource, formatOf, sniffFormat, unitsOf, type InputFormat, type InputRead, type InputSource } from './sources.js';
import { parseUnit } from './units.js';
import type { Limits } from '../loader/index.js';
import type { DateWindow } from '../loader/index.js';

export { formatOf, type InputFormat } from './sources.js';

/** All records of all inputs, with every failure kept as an error and the inputs' hashes. */
export interface LoadedInputs {
  readonly records: SourcedRecord[];
  readonly errors: RecordError[];
  readonly inputs: { file: string; sha256: string }[];
  readonly unreadable: boolean;
}

/** The sources for the files named on the command line; `-` is standard input, read once, its format told by its content. */
export async function sourcesFor(files: readonly string[], readStdin: () => Promise<string>, override?: InputFormat): Promise<InputSource[]> {
  const sources: InputSource[] = [];
  for (const file of files) {
    if (file !== '-') {
      sources.push(fileSource(file, formatOf(file, override)));
      continue;
    }
    const raw = await readStdin();
    const text = Buffer.from(raw, 'utf8');
    sources.push({ file: '<stdin>', format: override ?? (await sniffFormat(raw)), open: () => Readable.from([text]) });
  }
  return sources;
}

/**
 * Loads every record of every input into memory (for diff, checklist and small runs); a later
 * record reusing an id becomes an error, so no result is ambiguous. Batches use `runBatch` instead.
 */
export async function loadInputs(files: readonly string[], readStdin: () => Promise<string>, override?: InputFormat, limits?: Limits, window?: DateWindow): Promise<LoadedInputs> {
  const records: SourcedRecord[] = [];
  const errors: RecordError[] = [];
  const inputs: { file: string; sha256: string }[] = [];
  let unreadable = false;
  for (const source of await sourcesFor(files, readStdin, override)) {
    const read: InputRead = { sha256: '' };
    for await (const unit of unitsOf(source, read, undefined, limits)) {
      for (const entry of await parseUnit(unit, window)) {
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
  const ids = new IdRegistry();
  const kept: SourcedRecord[] = [];
  const moved: RecordError[] = [...errors];
  for (const entry of records) {
    const duplicate = ids.claim(entry.record.id, `${entry.origin.file}:${entry.origin.line}`);
    if (duplicate) moved.push(duplicate);
    else kept.push(entry);
  }
  return { records: kept, errors: moved };
}
