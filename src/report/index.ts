/** Pure renderers: the report model in, a string out. */
export * from './model.js';
export { renderJson, jsonHead, jsonResult, jsonTail } from './json.js';
export { renderText, renderTextResult, renderTextTail } from './text.js';
export { renderMarkdown, markdownHead, markdownResult, markdownTail } from './markdown.js';
export { renderHtml, htmlHead, htmlResult, htmlTail } from './html.js';
export * from './escape.js';
export type * from './checklist-model.js';
export type * from './grade-model.js';
export type * from './test-run-model.js';
