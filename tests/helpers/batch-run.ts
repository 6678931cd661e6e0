import { Readable } from 'node:stream';
import { Chalk } from 'chalk';
import type { Setup } from '../../src/loader/setup.js';
import { runBatch, type BatchOutcome } from '../../src/batch/batch.js';
import { collectingSink, sinkFor } from '../../src/batch/sinks.js';
import type { InputFormat, InputSource } from '../../src/batch/sources.js';
import type { RecordResult } from '../../src/engine/index.js';

/** An input held in memory, named `in.<format>` unless given a name. */
export function textSource(format: InputFormat, text: string, file = `in.${format}`): InputSource {
  return { file, format, open: () => Readable.from([Buffer.from(text)]) };
}

/** How to run a batch in a test: worker threads (default none) and records per unit (default the real one). */
export interface BatchRunOptions {
  readonly jobs?: number;
  readonly unitSize?: number;
  /** Criteria sets the workers load (default: the built-in ATT set). */
  readonly criteria?: readonly string[];
}

const header = (setup: Setup) => ({ ...setup.header, assessed_at: '2026-11-22T00:00:00Z', inputs: [] });

const workerSetup = (options: BatchRunOptions) => ({ criteria: options.criteria ?? [], context: ['training'], defaultContext: true });

/** Runs a batch in this process and keeps each result as an object. */
export async function batchResults(setup: Setup, sources: readonly InputSource[], options: BatchRunOptions = {}): Promise<{ results: RecordResult[]; outcome: BatchOutcome }> {
  const results: RecordResult[] = [];
  const outcome = await runBatch({ sources, setup, header: header(setup), format: 'object', colour: false, jobs: options.jobs ?? 0, unitSize: options.unitSize, workerSetup: workerSetup(options), sink: collectingSink(results) });
  return { results, outcome };
}

/** Runs a batch in this process and returns what it wrote in the given report format. */
export async function batchText(setup: Setup, sources: readonly InputSource[], format: 'json' | 'ndjson' | 'csv', options: BatchRunOptions = {}): Promise<{ text: string; outcome: BatchOutcome }> {
  let text = '';
  // A worker's results come as UTF-8 bytes, one whole record each.
  const write = (piece: string | Uint8Array): Promise<void> => {
    text += typeof piece === 'string' ? piece : Buffer.from(piece).toString('utf8');
    return Promise.resolve();
  };
  const outcome = await runBatch({ sources, setup, header: header(setup), format, colour: false, jobs: options.jobs ?? 0, unitSize: options.unitSize, workerSetup: workerSetup(options), sink: sinkFor(format, write, new Chalk({ level: 0 })) });
  return { text, outcome };
}
