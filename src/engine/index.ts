/** The pure engine: compile criteria once, assess many records. No I/O, no clock. */
export * from './types.js';
export * from './tri.js';
export { compileCriteria, type CriteriaBundle, type CompileProblem } from './compile.js';
export { assessRecord } from './assess.js';
export type { Detail } from './evaluate-criterion.js';
export { effectiveLevel } from './decide.js';
export { renderTemplate, templatePlaceholders } from './template.js';
export { namedParties, type NamedParty } from './operators/listed-names.js';
