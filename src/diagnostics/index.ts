/**
 * The error model every layer shares: a problem is a value (`Diagnostic`) with a typed code, a
 * severity and a source position (`file:line:col` or `file:row`), plus the lint rule table and "did
 * you mean" suggestions. Pure; the lowest layer: imports no other folder of src/. The layer order
 * is the LAYERS table in eslint.config.js.
 */
export * from './diagnostic.js';
export * from './suggest.js';
export { LINT_RULES, ruleFor } from './lint-rules.js';
