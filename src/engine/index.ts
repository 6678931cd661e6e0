/**
 * The assessment engine: compile criteria once (conditions, operators in engine/operators/, derived
 * facts), assess many records, decide with the policy. Pure; may import diagnostics/, schema/ and
 * screening/. The layer order is the LAYERS table in eslint.config.js.
 */
export * from './types.js';
export * from './tri.js';
export { compileCriteria, type CriteriaBundle, type CompileProblem } from './compile.js';
export { assessRecord } from './assess.js';
export type { Detail } from './evaluate-criterion.js';
export { effectiveLevel } from './decide.js';
export { renderTemplate, templatePlaceholders } from './template.js';
export { namedParties, type NamedParty } from './operators/listed-names.js';
export { unreadAuthorities } from './unread-embargoes.js';
export { EXEMPTION_FACT } from './operators/embargo.js';
