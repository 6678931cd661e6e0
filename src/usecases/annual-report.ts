import { assessRecord } from '../engine/index.js';
import { AnnualAggregator, type AnnualOptions, type AnnualTables, type Assess, type HashedFile } from '../reporting/index.js';
import type { RecordError } from '../loader/index.js';
import type { Setup } from '../loader/index.js';
import { FingerprintIdRegistry } from '../batch/index.js';
import type { LeftOutSpill } from '../batch/index.js';
import { unitsOf, type InputRead, type InputSource } from '../batch/index.js';
import { parseUnit } from '../batch/index.js';

/** The tables of one annual report, with every input's hash and whether an input could not be read. */
export interface AggregatedInputs {
  readonly tables: AnnualTables;
  readonly inputs: readonly HashedFile[];
  readonly unreadable: boolean;
}

/**
 * Streams every input (YAML, JSON, NDJSON, CSV) through the annual-report fold, one unit of records
 * at a time, so memory does not grow with the input beyond the duplicate-id check's fingerprints (a
 * few tens of bytes per record of the reported year and state). With a setup, each record that
 * would count as an export is assessed first, and left out if prohibited or out of scope. With a
 * spill, the records left out go to it rather than into the tables.
 */
export async function aggregateInputs(sources: readonly InputSource[], options: AnnualOptions, setup?: Setup, spill?: LeftOutSpill): Promise<AggregatedInputs> {
  const aggregator = new AnnualAggregator(options, spill?.add);
  const ids = new FingerprintIdRegistry();
  const assess: Assess | undefined = setup ? record => assessRecord(setup.compiled, { record, origin: { file: '', line: 0 } }, setup.context, { detail: 'compact' }).decision : undefined;
  const claim = (id: string, source: string): string | undefined => {
    const duplicate = ids.claim(id, source);
    return duplicate ? reasonOf(duplicate) : undefined;
  };
  const inputs: HashedFile[] = [];
  let unreadable = false;
  for (const source of sources) {
    const read: InputRead = { sha256: '' };
    for await (const unit of unitsOf(source, read)) {
      for (const entry of await parseUnit(unit)) {
        if ('record' in entry) aggregator.add(entry.record, `${entry.origin.file}:${entry.origin.line}`, { claim, ...(assess ? { assess } : {}) });
        else aggregator.addError(entry.id, entry.source, reasonOf(entry));
      }
      await spill?.drain();
    }
    for (const diagnostic of read.fatal ?? []) aggregator.addError(undefined, `${source.file}:${diagnostic.location?.line ?? 1}`, diagnostic.message);
    unreadable ||= Boolean(read.fatal?.length) || Boolean(read.unreadable);
    inputs.push({ file: source.file, sha256: read.sha256 });
  }
  await spill?.close();
  return { tables: aggregator.tables(), inputs, unreadable };
}

/** A load error's problems in one line, without the source position the left-out list already shows. */
function reasonOf(error: RecordError): string {
  return error.diagnostics.map(d => (d.path && !d.message.startsWith(`${d.path} `) ? `${d.path}: ${d.message}` : d.message)).join('; ') || error.message;
}
