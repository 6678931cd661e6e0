/**
 * The contract: records, context, criteria, policy, cases, scenarios, determinations and advice. The
 * zod schemas are the single source of truth for validation and types; this index gives their types
 * and the plain vocabulary, checks and tables an assessment needs, and `schemas.ts` (the folder's
 * second public face) gives the zod schemas themselves. Keeping them apart lets the engine, built-in
 * data and sound records run without loading zod (see loader/schemas.ts). Pure; may import only
 * diagnostics/. The layer order is the LAYERS table in eslint.config.js.
 */
export * from './vocab.js';
export * from './value-checks.js';
export type * from './common.js';
export * from './basis-forms.js';
export type * from './basis.js';
export type * from './record.js';
export * from './screening-vocab.js';
export type * from './screening.js';
export type * from './context.js';
export type * from './condition.js';
export type * from './criterion.js';
export type * from './policy.js';
export type * from './criteria-set.js';
export * from './field-paths.js';
export type * from './record-shape-derive.js';
export * from './describe-issues.js';
export * from './issue-report.js';
export type * from './case.js';
export type * from './advice.js';
export type * from './determination.js';
export type * from './report.js';
export type * from './json-schema.js';
export type * from './scenario.js';
export * from './walk-condition.js';
export * from './record-fast.js';
export * from './reserved-keys.js';
export * from './quote.js';
export { ALPHA2_TO_ENGLISH_NAME, ALPHA3_TO_ALPHA2, ENGLISH_NAME_TO_ALPHA2 } from './country-names.js';
