/**
 * atra as a library: load criteria and context, assess records, render reports. This file is the
 * package's whole public surface, chosen name by name (docs/library.md lists it); the folders behind
 * it are internal and may change. Importing it has no side effects: nothing is read, printed or
 * started until a function is called (the version is read from package.json on first use).
 */

// Load: criteria, context and records from files, checked, with positions on every mistake.
export { loadSetup, loadCriteria, loadCriteriaSets, loadContext, type Setup } from './loader/index.js';
export { loadInputs, type LoadedInputs } from './batch/index.js';

// Compile and assess: the pure engine.
export { compileCriteria, assessRecord, effectiveLevel } from './engine/index.js';
export type {
  AssessmentContext,
  CompiledCriteria,
  CompiledCriterion,
  ContextEmbargo,
  ContextState,
  Fact,
  Finding,
  RecordOrigin,
  RecordResult,
  SourcedRecord,
  CriteriaBundle,
  CompileProblem,
} from './engine/index.js';

// Whole files in, a complete report out; criteria test cases.
export { assessFiles, runCaseFiles, type AssessOptions } from './usecases/index.js';

// Render: the report model and its formats.
export { buildReport, renderJson, renderText, renderMarkdown, renderHtml, type Report, type ReportHeader, type ReportError, type TestRun, type CaseResult } from './report/index.js';

// The contract: the zod schemas of what a user writes, their types and vocabulary.
export { DECISIONS, STATUSES, type TransferRecord, type Item, type CriteriaSet, type Criterion, type Policy, type StateProfile, type Embargo, type ContextFinding, type CaseFile, type Decision, type Status } from './schema/index.js';
export { TransferRecordSchema, CriteriaSetSchema, CriterionSchema, PolicySchema, StateProfileSchema, EmbargoSchema, CaseFileSchema, ReportSchema } from './schema/schemas.js';

// Problems as values with positions.
export { formatDiagnostic, formatLocation, type Diagnostic, type Severity, type SourceLocation } from './diagnostics/index.js';

/** Annual reports (ATT Art 13(3), UN Register): the fold, the printed forms and their renderers. */
export * as reporting from './reporting/index.js';
export { aggregateInputs, type AggregatedInputs } from './usecases/index.js';
