import { Worker } from 'node:worker_threads';
import type { Item, ItemFormat, Unit } from './units.js';

/** What a worker needs to load the same criteria and context as the main thread. */
export interface WorkerSetup {
  readonly criteria: readonly string[];
  readonly context: readonly string[];
  readonly defaultContext: boolean;
  readonly screeningDecisions?: string | undefined;
  readonly format: ItemFormat;
  readonly colour: boolean;
}

/**
 * Each worker's heap ceiling. Without one V8 grows lazily into the hundreds of MB. A compact batch
 * (NDJSON, CSV) needs a few MB a unit; a full report explains every finding and needs several times that.
 */
function limitsFor(format: ItemFormat): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  return { maxOldGenerationSizeMb: format === 'ndjson' || format === 'csv' ? 64 : 512, maxYoungGenerationSizeMb: 16 };
}

/**
 * A fixed pool of worker threads, each with its own compiled criteria (compiled closures cannot be
 * posted between threads, so each worker compiles once at start). Units go to the least busy worker.
 */
export class WorkerPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, { resolve: (items: Item[]) => void; reject: (error: Error) => void }>();
  private next = 0;

  constructor(size: number, setup: WorkerSetup) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./batch-worker.js', import.meta.url), { workerData: setup, resourceLimits: limitsFor(setup.format) });
      const slot = { worker, busy: 0 };
      worker.on('message', (message: { seq: number; items?: Item[]; error?: string }) => {
        slot.busy -= 1;
        const waiting = this.pending.get(message.seq);
        this.pending.delete(message.seq);
        if (message.items) waiting?.resolve(message.items);
        else waiting?.reject(new Error(message.error ?? 'worker failed'));
      });
      worker.on('error', error => {
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      });
      this.workers.push(slot);
    }
  }

  /** Processes a unit on the least busy worker. */
  run(unit: Unit): Promise<Item[]> {
    const seq = this.next++;
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy += 1;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      slot.worker.postMessage({ seq, unit });
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map(slot => slot.worker.terminate()));
  }
}
