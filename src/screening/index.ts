/**
 * Party screening: one deterministic name matcher (normalising, phonetic keys, Jaro-Winkler,
 * dispositions) shared by the listed-embargo check and `atra screen`, and the UN list conversion.
 * Pure; may import diagnostics/ and schema/. The layer order is the LAYERS table in eslint.config.js.
 */
export * from './normalise.js';
export * from './jaro-winkler.js';
export * from './phonetic.js';
export * from './compare.js';
export * from './explain.js';
export * from './entries.js';
export * from './dispositions.js';
export * from './screen.js';
export * from './subjects.js';
export { parseUnList, UN_LIST_XML_OPTIONS } from './un-list.js';
export * from './screening-index.js';
