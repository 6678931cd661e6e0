/**
 * Annual reports (ATT Art 13(3), UN Register) from licence records: a pure fold of the records and
 * the printed forms it fills. Pure; may import the pure folders below it (diagnostics/, schema/,
 * screening/, engine/, casework/). The layer order is the LAYERS table in eslint.config.js.
 */
export * from './model.js';
export * from './categories.js';
export { classify, type Classification, type Part } from './contributions.js';
export { AnnualAggregator, type AddHooks, type Assess } from './aggregate.js';
export * from './document.js';
export * from './national-definitions.js';
export type { Form, PrintedReport, Rows } from './form.js';
export { printAttAnnual } from './att-annual.js';
export { printUnroca } from './unroca.js';
export { collectText, renderCsvFiles, renderHtml, renderMarkdown } from './render.js';
export { renderAnnualJson } from './json.js';
