import { availableParallelism, loadavg } from 'node:os';
import type { Diagnostic } from '../diagnostics/index.js';
import { recordError } from '../loader/index.js';
import { BatchIdRegistry } from './batch-id-registry.js';
import { emptyDecisionCounts, reportError, summarise, type Report, type ReportError, type ReportHeader } from '../report/index.js';
import type { Setup } from '../loader/index.js';
import { failedUnit, processUnit, type OutputItem, type ItemFormat, type Unit } from './units.js';
import { UNIT_SIZE, unitsOf, type InputRead, type InputSource } from './sources.js';
import { WorkerPool } from './worker-pool.js';
import type { Limits } from '../loader/index.js';
import type { DateWindow } from '../loader/index.js';

/** Where a batch writes, piece by piece, with back-pressure. */
export interface BatchSink {
  head(header: ReportHeader): Promise<void>;
  result(item: Extract<OutputItem, { kind: 'result' }>, first: boolean): Promise<void>;
  error(error: ReportError): Promise<void>;
  tail(header: ReportHeader, errors: readonly ReportError[], summary: Report['summary']): Promise<void>;
}

/** What a batch run needs. */
export interface BatchOptions {
  readonly sources: readonly InputSource[];
  readonly setup: Setup;
  readonly header: ReportHeader;
  readonly format: ItemFormat;
  readonly colour: boolean;
  /** Worker threads: 0 runs everything on the main thread. */
  readonly jobs: number;
  readonly workerSetup: { criteria: readonly string[]; context: readonly string[]; defaultContext: boolean; asOf?: string | undefined; criteriaRoot?: string | undefined; screeningDecisions?: string | undefined };
  /** The plausible range of record dates (default: from 1900, no upper bound). */
  readonly dateWindow?: DateWindow | undefined;
  readonly sink: BatchSink;
  readonly onBytes?: (n: number) => void;
  /** Input limits from the command line (default: `DEFAULT_LIMITS`). */
  readonly limits?: Limits;
  /** Records per unit of work (default `UNIT_SIZE`); tests set a small one to get many units from few records. */
  readonly unitSize?: number | undefined;
}

/** The outcome of a batch: the summary, the errors (in input order), and whether an input was unreadable. */
export interface BatchOutcome {
  readonly summary: Report['summary'];
  readonly errors: readonly ReportError[];
  readonly inputs: readonly { file: string; sha256: string }[];
  readonly unreadable: boolean;
}

/**
 * How many worker threads `--jobs auto` uses: none for small inputs, and otherwise one per core that
 * is idle. Workers only pay when they get a core of their own: on a machine already busy with other
 * work (fewer than two cores left idle by the load average) they add the cost of passing records between
 * threads and win nothing, so `auto` then stays on the main thread. The output is the same bytes
 * either way; only the time differs.
 */
export function autoJobs(totalBytes: number, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (totalBytes < 4 << 20 || cores < 2) return 0;
  const idle = Math.round(cores - load);
  return idle >= 2 ? Math.min(cores, idle) : 0;
}

/**
 * Records per unit when no worker runs. A unit's results live until it is written; 500 of them (a
 * worker's unit, sized to amortise its messages) outlive the young generation and are promoted, which
 * grows the old one. With 100, peak RSS measured 13 % (NDJSON) to 22 % (full JSON) lower at the same CPU.
 */
const IN_THREAD_UNIT_SIZE = 100;

/**
 * Streams every input through parse, validate, assess and serialise, on worker threads when asked,
 * and writes results in input order whatever the parallelism. A record whose id was already used
 * becomes an error citing the first use. Every record ends up as a result or an error.
 */
export async function runBatch(options: BatchOptions): Promise<BatchOutcome> {
  const pool = options.jobs > 0 ? new WorkerPool(options.jobs, { ...options.workerSetup, format: options.format, colour: options.colour, dateWindow: options.dateWindow }) : undefined;
  // A unit that fails (a worker out of memory, a bug) becomes errors for its records: the batch goes on.
  const process = (unit: Unit): Promise<OutputItem[]> =>
    (pool ? pool.run(unit) : processUnit(unit, options.setup, options.format, options.colour, options.dateWindow)).catch((error: unknown) =>
      failedUnit(unit, error instanceof Error ? error.message : String(error), options.dateWindow),
    );
  const ids = new BatchIdRegistry();
  const errors: ReportError[] = [];
  // Counts, not a list: a million decisions would otherwise stay in memory to the end.
  const decisions = emptyDecisionCounts();
  const inputs: { file: string; sha256: string }[] = [];
  let unreadable = false;
  let first = true;
  const window: Promise<OutputItem[]>[] = [];
  const handle = async (items: OutputItem[]): Promise<void> => {
    for (const item of items) {
      if (item.kind === 'error') {
        errors.push(item.error);
        await options.sink.error(item.error);
        continue;
      }
      const duplicate = ids.claim(item.id, item.source);
      if (duplicate) {
        const entry = reportError(duplicate.source, item.id, duplicate.message, duplicate.diagnostics);
        errors.push(entry);
        await options.sink.error(entry);
        continue;
      }
      decisions[item.decision] += 1;
      await options.sink.result(item, first);
      first = false;
    }
  };
  await options.sink.head(options.header);
  try {
    for (const source of options.sources) {
      const read: InputRead = { sha256: '' };
      // CSV travels to the workers as raw bytes, decoded and parsed there.
      for await (const unit of unitsOf(source, read, options.onBytes, options.limits, options.unitSize ?? (pool ? UNIT_SIZE : IN_THREAD_UNIT_SIZE), { csvBytes: true })) {
        window.push(process(unit));
        if (window.length >= (options.jobs > 0 ? options.jobs * 3 : 1)) await handle(await (window.shift() as Promise<OutputItem[]>));
      }
      while (window.length) await handle(await (window.shift() as Promise<OutputItem[]>));
      inputs.push({ file: source.file, sha256: read.sha256 });
      for (const diagnostic of read.fatal ?? []) await fatal(diagnostic, errors, options.sink);
      unreadable ||= Boolean(read.fatal?.length) || Boolean(read.unreadable);
    }
  } finally {
    await pool?.close();
  }
  const summary = summarise(decisions, errors.length);
  await options.sink.tail({ ...options.header, inputs }, errors, summary);
  return { summary, errors, inputs, unreadable };
}

async function fatal(diagnostic: Diagnostic, errors: ReportError[], sink: BatchSink): Promise<void> {
  const error = recordError(diagnostic.location ? `${diagnostic.location.file}:${diagnostic.location.line}` : '<input>', undefined, [diagnostic]);
  const entry = reportError(error.source, undefined, error.message, error.diagnostics);
  errors.push(entry);
  await sink.error(entry);
}
