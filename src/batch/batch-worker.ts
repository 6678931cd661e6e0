// Worker thread entry: compiles the criteria once, then processes units posted by the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { loadSetup } from '../loader/index.js';
import { processUnit, type Unit } from './units.js';
import type { WorkerSetup } from './worker-pool.js';
import { packOutput } from './output-transfer.js';

const options = workerData as WorkerSetup;
const { setup } = await loadSetup(options.criteria, options.context, options.defaultContext, { asOf: options.asOf, criteriaRoot: options.criteriaRoot, screeningDecisions: options.screeningDecisions });

async function handle(message: { seq: number; unit: Unit }): Promise<void> {
  try {
    if (!setup) throw new Error('the criteria or context did not load in the worker');
    const { packed, transfer } = packOutput(await processUnit(message.unit, setup, options.format, options.colour, options.dateWindow));
    parentPort?.postMessage({ seq: message.seq, packed }, transfer);
  } catch (error) {
    parentPort?.postMessage({ seq: message.seq, error: (error as Error).message });
  }
}

// One unit at a time, in the order posted: while a unit waits (for zod to load, to word a record's
// error) the next must not start, or a crash in it would be blamed on the unit before (see WorkerPool).
let queue = Promise.resolve();
parentPort?.on('message', (message: { seq: number; unit: Unit }) => {
  queue = queue.then(() => handle(message));
});
