/**
 * The zod schemas of the contract and what is computed from them at run time (JSON Schemas, the
 * record shape): the second public face of schema/, beside index.ts. Import from here only to
 * validate a user's file, word an error or generate a schema; everything an assessment needs at run
 * time is in index.ts, which loads no zod.
 */
export * from './common.js';
export * from './basis.js';
export * from './record.js';
export * from './screening.js';
export * from './context.js';
export * from './condition.js';
export * from './criterion.js';
export * from './policy.js';
export * from './criteria-set.js';
export * from './record-shape-derive.js';
export * from './case.js';
export * from './advice.js';
export * from './determination.js';
export * from './report.js';
export * from './json-schema.js';
export * from './scenario.js';
