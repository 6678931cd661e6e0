/**
 * Reading the user's files: criteria sets (confined to their folder), context folders, records in
 * YAML, CSV column mappings, screening decisions, national definitions, the built-in snapshot, and
 * `loadSetup`, which turns them into what the engine runs on. Does I/O; may import the pure folders
 * (diagnostics/ to report/). The layer order is the LAYERS table in eslint.config.js.
 */
export { BUILTIN_CONTEXTS, BUILTIN_SETS, PACKAGE_ROOT, absolutePath, displayPath, resolveContextDir } from './builtin.js';
export { outsideRoot, rootFor } from './confine.js';
export { loadContext } from './context.js';
export { loadCriteriaSets } from './criteria-sets.js';
export { loadCriteria, resolveSetPath } from './criteria.js';
export { mapHeader, rowToRecord, type CsvColumn } from './csv-mapping.js';
export { EARLIEST_DATE, checkDates, defaultWindow, type DateWindow } from './date-window.js';
export { DecodeError, StrictDecoder, firstInvalidUtf8 } from './decode.js';
export { fileErrorText } from './file-errors.js';
export { jsonSyntaxDiagnostic } from './json-syntax.js';
export { DEFAULT_LIMITS, limitMessage, type Limits } from './limits.js';
export { loadNationalDefinitions } from './national-definitions.js';
export { parseNdjsonLine } from './ndjson.js';
export { UnreadableSource, readSource } from './read-source.js';
export { loadRecordsFromYaml, recordError, type RecordError } from './records.js';
export { isYamlText } from './yaml-sniff.js';
export { checkScreeningDecisions } from './screening-decision-checks.js';
export { loadSetup, type Setup } from './setup.js';
export { validateRecord, type CheckedRecord } from './validate-record.js';
export { validateAt } from './validate.js';
export { toolVersion } from './version.js';
export { parseLocated, type LocatedDocument } from './yaml-document.js';
