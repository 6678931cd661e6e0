/**
 * Casework on disk: determination and statement files, the signed decision log, assessing a case
 * with its determinations and rendering the case report. May import usecases/, batch/, loader/ and the
 * pure folders. The layer order is the LAYERS table in eslint.config.js.
 */
export { assessWithDeterminations, screenDeterminations, type CaseResult } from './case-assess.js';
export { renderCaseReport, type ReportedResult } from './case-report.js';
export { appendToLog, checkSignedHead, readLogLines, signHead, signaturePath } from './decision-log-file.js';
export { loadDeterminationFiles } from './determination-files.js';
export { appendStatement, loadStatements } from './statement-files.js';
