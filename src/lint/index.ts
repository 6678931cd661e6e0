/**
 * `atra lint`: checks of criteria, context, screening-decision and casework files with positions,
 * and their output formats (text, JSON, GitHub, JUnit, SARIF). May import trainer/ and everything
 * below it. The layer order is the LAYERS table in eslint.config.js.
 */
export { classify } from './classify.js';
export { renderLintGithub, renderLintJson, renderLintJunit, renderLintSarif, renderLintText } from './formats.js';
export { lintPaths } from './lint.js';
