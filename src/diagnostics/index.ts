/** The error model shared by every layer: problems are values with source positions. */
export * from './diagnostic.js';
export * from './suggest.js';
export * from './codes.js';
