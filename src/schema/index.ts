/**
 * The contract as zod schemas: records, context, criteria, policy, cases, scenarios, determinations
 * and advice, with the vocabulary and JSON Schemas derived from them. The single source of truth
 * for validation and types. Pure; may import only diagnostics/. The layer order is the LAYERS table in
 * eslint.config.js.
 */
export * from './vocab.js';
export * from './common.js';
export * from './basis.js';
export * from './record.js';
export * from './screening.js';
export * from './context.js';
export * from './condition.js';
export * from './criterion.js';
export * from './policy.js';
export * from './criteria-set.js';
export * from './field-paths.js';
export * from './describe-issues.js';
export * from './case.js';
export * from './advice.js';
export * from './determination.js';
export * from './report.js';
export * from './json-schema.js';
export * from './scenario.js';
export * from './walk-condition.js';
export * from './record-fast.js';
export * from './reserved-keys.js';
export * from './quote.js';
export { ALPHA2_TO_ENGLISH_NAME, ALPHA3_TO_ALPHA2, ENGLISH_NAME_TO_ALPHA2 } from './country-names.js';
