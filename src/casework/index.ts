/**
 * Casework: officer determinations, advice and countersigning, the decision log's canonical form,
 * re-assessment and context scaffolds. Pure (no file system, no clock); may import diagnostics/,
 * schema/, screening/ and engine/. The layer order is the LAYERS table in eslint.config.js.
 */
export * from './canonical.js';
// The determination and advice file schemas belong to the contract (schema/); casework re-exports them for its callers.
export { type Determination, type DeterminationsFile, type SourcedDetermination, type AdviceType, type AdviceStatement, type Countersignature, type Statement, type CountersignRule, type CountersigningPolicy } from '../schema/index.js';
export { DeterminationSubjectSchema, DeterminationSchema, DeterminationsFileSchema, ADVICE_TYPES, AdviceStatementSchema, CountersignatureSchema, StatementSchema, StatementsFileSchema, CountersignRuleSchema, CountersigningPolicySchema } from '../schema/schemas.js';
export * from './determinations.js';
export * from './apply-determinations.js';
export * from './evidence.js';
export * from './advice-chain.js';
export * from './decision-log.js';
export * from './reassess.js';
export * from './scaffold.js';
export * from './profile-age.js';
