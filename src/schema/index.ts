/** The contract as zod schemas: the single source of truth for validation, types and JSON Schemas. */
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
export * from './report.js';
export * from './json-schema.js';
export * from './scenario.js';
