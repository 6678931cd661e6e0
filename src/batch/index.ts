/**
 * The batch runtime: input sources and formats (YAML, JSON, NDJSON, CSV), units of work, worker
 * threads, sinks and output formats, duplicate-id registries and the left-out spill. Does I/O;
 * may import loader/ and the pure folders. The layer order is the LAYERS table in eslint.config.js.
 */
export { autoJobs, runBatch, type BatchOutcome } from './batch.js';
export { FingerprintIdRegistry } from './fingerprint-id-registry.js';
export { loadInputs, sourcesFor, type LoadedInputs } from './inputs.js';
export { LeftOutSpill } from './left-out-spill.js';
export { BufferedWriter, collectingSink, sinkFor } from './sinks.js';
export { unitsOf, type InputFormat, type InputRead, type InputSource } from './sources.js';
export { parseUnit } from './units.js';
