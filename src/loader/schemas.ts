/**
 * The zod schemas the loader checks user files with. This module is only ever imported dynamically
 * (with `await import` of this file), so zod and the schemas built with it load when a user's file must
 * be checked or a failing record's error worded, and never for the built-in data (from the build-time
 * snapshot) or a sound record (accepted by the compiled checks): a one-record assessment starts
 * without them. A test of the bundle checks that the assess command's static imports hold no zod.
 */
export { CriteriaSetSchema, CriterionSchema, EmbargoesFileSchema, PolicySchema, ScreeningDecisionsFileSchema, StatesFileSchema, TransferRecordSchema } from '../schema/schemas.js';
export { NationalDefinitionsSchema } from '../reporting/index.js';
