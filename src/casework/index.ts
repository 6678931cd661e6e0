/** Casework: officer determinations, advice and countersigning, the decision log, re-assessment, context scaffolds. No file system, no clock. */
export * from './canonical.js';
// The determination and advice file schemas belong to the contract (schema/); casework re-exports them for its callers.
export * from '../schema/determination.js';
export * from '../schema/advice.js';
export * from './determinations.js';
export * from './evidence.js';
export * from './advice-chain.js';
export * from './decision-log.js';
export * from './reassess.js';
export * from './scaffold.js';
export * from './profile-age.js';
