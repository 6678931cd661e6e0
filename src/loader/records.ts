import type { SourceText } from './read-source.js';
import type { LoadedRecords } from './record-error.js';

export { recordError, type LoadedRecords, type RecordError } from './record-error.js';

/**
 * Loads YAML or JSON: one record, or a list of records. The yaml package loads here, on the first
 * YAML or JSON input, so that a batch of NDJSON or CSV (and each worker thread) starts without it.
 */
export async function loadRecordsFromYaml(source: SourceText): Promise<LoadedRecords> {
  const { readYamlRecords } = await import('./yaml-records.js');
  return readYamlRecords(source);
}
