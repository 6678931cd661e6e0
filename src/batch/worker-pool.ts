import { Worker } from 'node:worker_threads';
import type { OutputItem, ItemFormat, Unit } from './units.js';
import type { DateWindow } from '../loader/index.js';
import { unpackOutput, type PackedOutput } from './output-transfer.js';

/** What a worker needs to load the same criteria and context as the main thread. */
export interface WorkerSetup {
  readonly criteria: readonly string[];
  readonly context: readonly string[];
  readonly defaultContext: boolean;
  readonly asOf?: string | undefined;
  readonly screeningDecisions?: string | undefined;
  readonly format: ItemFormat;
  readonly colour: boolean;
  /** The limit on each record's dates; absent: only the earliest bound. */
  readonly dateWindow?: DateWindow | undefined;
  /** The folder criteria files must stay in (see `loadCriteria`). */
  readonly criteriaRoot?: string | undefined;
}

/**
 * The worker's entry file. Run from the TypeScript sources (tests run the CLI in process), a worker
 * thread cannot load a .ts file, so it starts the built copy, which `npm test` builds first.
 */
const WORKER_ENTRY = import.meta.url.endsWith('.ts') ? new URL('../../dist/batch/batch-worker.js', import.meta.url) : new URL('./batch-worker.js', import.meta.url);

/**
 * Each worker's heap ceiling. Without one V8 grows lazily into the hundreds of MB. A compact batch
 * (NDJSON, CSV) needs a few MB a unit; a full report explains every finding and needs several times that.
 */
function limitsFor(format: ItemFormat): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  return { maxOldGenerationSizeMb: format === 'ndjson' || format === 'csv' ? 64 : 512, maxYoungGenerationSizeMb: 16 };
}

/** A pending unit: how to answer it. */
interface Waiting {
  resolve: (items: OutputItem[]) => void;
  reject: (error: Error) => void;
  readonly unit: Unit;
}

interface Slot {
  worker: Worker;
  busy: number;
  /** The units this worker holds, so its failure fails exactly them. */
  readonly pending: Map<number, Waiting>;
}

/**
 * A fixed pool of worker threads, each with its own compiled criteria (compiled closures cannot be
 * posted between threads, so each worker compiles once at start). Units go to the least busy worker.
 * A worker that dies (out of memory on one unit) fails only the units it held, and is replaced.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private next = 0;
  private closing = false;

  constructor(size: number, private readonly setup: WorkerSetup) {
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: this.spawn(), busy: 0, pending: new Map() };
      this.attach(slot);
      this.slots.push(slot);
    }
  }

  private spawn(): Worker {
    return new Worker(WORKER_ENTRY, { workerData: this.setup, resourceLimits: limitsFor(this.setup.format) });
  }

  private attach(slot: Slot): void {
    const worker = slot.worker;
    worker.on('message', (message: { seq: number; packed?: PackedOutput; error?: string }) => {
      slot.busy -= 1;
      const waiting = slot.pending.get(message.seq);
      slot.pending.delete(message.seq);
      if (message.packed) waiting?.resolve(unpackOutput(message.packed));
      else waiting?.reject(new Error(message.error ?? 'worker failed'));
    });
    const fail = (error: Error): void => {
      if (slot.worker !== worker) return;
      // A worker takes its units in order: the oldest one pending is the one it died on. That unit
      // fails; the units queued behind it go to the replacement worker.
      const queued = [...slot.pending.entries()].sort((a, b) => a[0] - b[0]);
      slot.pending.clear();
      slot.busy = 0;
      queued[0]?.[1].reject(error);
      if (this.closing) {
        for (const [, waiting] of queued.slice(1)) waiting.reject(error);
        return;
      }
      slot.worker = this.spawn();
      this.attach(slot);
      for (const [seq, waiting] of queued.slice(1)) {
        slot.busy += 1;
        slot.pending.set(seq, waiting);
        post(slot.worker, seq, waiting.unit);
      }
    };
    worker.on('error', fail);
    worker.on('exit', code => fail(new Error(`the worker thread stopped (exit code ${code})`)));
  }

  /** Processes a unit on the least busy worker. */
  run(unit: Unit): Promise<OutputItem[]> {
    const seq = this.next++;
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy += 1;
    return new Promise((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject, unit });
      post(slot.worker, seq, unit);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map(slot => slot.worker.terminate()));
  }
}

/**
 * Posts a unit to a worker. Raw bytes travel as a copy in an ArrayBuffer of their own, transferred
 * rather than cloned; the pool keeps the original, to parse the unit again if its worker dies.
 */
function post(worker: Worker, seq: number, unit: Unit): void {
  if (unit.kind !== 'csv-bytes') {
    worker.postMessage({ seq, unit });
    return;
  }
  const bytes = new Uint8Array(unit.bytes.byteLength);
  bytes.set(unit.bytes);
  worker.postMessage({ seq, unit: { ...unit, bytes } }, [bytes.buffer]);
}
