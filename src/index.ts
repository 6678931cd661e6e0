/**
 * atra as a library: load criteria and context, assess records, render reports. Importing it has no
 * side effects.
 */
export * from './schema/index.js';
export * from './diagnostics/index.js';
export * from './engine/index.js';
export * from './report/index.js';
export { loadSetup, type Setup } from './loader/setup.js';
export { assessFiles, type AssessOptions } from './usecases/assess-files.js';
export { loadInputs, type LoadedInputs } from './batch/inputs.js';
export { runCaseFiles, type TestRun, type CaseResult } from './usecases/cases.js';
export { loadCriteria } from './loader/criteria.js';
export { loadCriteriaSets } from './loader/criteria-sets.js';
export { loadContext } from './loader/context.js';
/** Annual reports (ATT Art 13(3), UN Register): the fold, the printed forms and their renderers. */
export * as reporting from './reporting/index.js';
export { aggregateInputs, type AggregatedInputs } from './usecases/annual-report.js';
