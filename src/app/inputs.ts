import { extname } from 'node:path';
import { readSource, type SourceText } from '../loader/source.js';
import { loadRecordsFromYaml, recordError, type LoadedRecords, type RecordError } from '../loader/records.js';
import { loadRecordsFromNdjson } from '../loader/ndjson.js';
import type { SourcedRecord } from '../engine/index.js';

/** Input formats of transfer records. */
export type InputFormat = 'yaml' | 'json' | 'ndjson';

/** Picks the format from the file name; standard input defaults to YAML, which also reads JSON. */
export function formatOf(file: string, override?: InputFormat): InputFormat {
  if (override) return override;
  const ext = extname(file).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.json') return 'json';
  return 'yaml';
}

/** All records of all inputs, with every failure kept as an error and the inputs' hashes. */
export interface LoadedInputs {
  readonly records: SourcedRecord[];
  readonly errors: RecordError[];
  readonly inputs: { file: string; sha256: string }[];
  readonly unreadable: boolean;
}

/** Loads every input file; a later record reusing an id becomes an error, so no result is ambiguous. */
export async function loadInputs(files: readonly string[], readStdin: () => Promise<string>, override?: InputFormat): Promise<LoadedInputs> {
  const records: SourcedRecord[] = [];
  const errors: RecordError[] = [];
  const inputs: { file: string; sha256: string }[] = [];
  let unreadable = false;
  for (const file of files) {
    let source: SourceText;
    try {
      source = await readSource(file, readStdin);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      errors.push(recordError(file, undefined, [{ code: 'file-unreadable', severity: 'error', message: `cannot read ${file}: ${reason}`, hint: 'check the path', location: { file, line: 1 } }]));
      unreadable = true;
      continue;
    }
    inputs.push({ file: source.file, sha256: source.sha256 });
    const loaded: LoadedRecords = formatOf(file, override) === 'ndjson' ? loadRecordsFromNdjson(source) : loadRecordsFromYaml(source);
    records.push(...loaded.records);
    errors.push(...loaded.errors);
    unreadable ||= loaded.unreadable;
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
