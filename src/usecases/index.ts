/**
 * The use cases that wire loader, engine and report together for one command: assess files, run
 * criteria test cases, diff criteria revisions, annual reports, screening inputs, UN list import.
 * Imports batch/, loader/ and the pure folders. The layer order is the LAYERS table in
 * eslint.config.js.
 */
export { buildAnnualDocument } from './annual-document.js';
export { aggregateInputs, type AggregatedInputs } from './annual-report.js';
export { runCaseFiles } from './cases.js';
export { assessFiles, type AssessOptions } from './assess-files.js';
export { criteriaAtRevision, diffCriteria, type DiffResult, type FindingChange } from './diff.js';
export { readScreenInputs } from './screen-inputs.js';
export { DEFAULT_UN_LIST_MAP, importUnList } from './un-list-import.js';
