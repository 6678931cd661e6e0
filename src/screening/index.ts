/** Party screening: one pure, deterministic name matcher for the listed-embargo check and `atra screen`. */
export * from './normalise.js';
export * from './jaro-winkler.js';
export * from './phonetic.js';
export * from './compare.js';
export * from './explain.js';
export * from './entries.js';
export * from './dispositions.js';
export * from './screen.js';
export * from './subjects.js';
