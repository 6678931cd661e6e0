/** Pure renderers: the report model in, a string out. */
export * from './model.js';
export { renderJson } from './json.js';
export { renderText } from './text.js';
export { renderMarkdown } from './markdown.js';
