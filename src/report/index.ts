/**
 * The renderers: a report model (assessment, checklist, graded exercise, test run, screening) in,
 * text, Markdown, HTML, JSON or JUnit out. Pure; may import the pure folders below it, never the code
 * that builds the models. The layer order is the LAYERS table in eslint.config.js.
 */
export * from './model.js';
export { renderJson, jsonHead, jsonResult, jsonTail } from './json.js';
export { renderText, renderTextResult, renderTextTail } from './text.js';
export { renderMarkdown, markdownHead, markdownResult, markdownTail } from './markdown.js';
export { renderHtml, htmlHead, htmlResult, htmlTail } from './html.js';
export * from './escape.js';
export type * from './checklist-model.js';
export type * from './grade-model.js';
export type * from './test-run-model.js';
export { renderChecklistMarkdown, renderChecklistText } from './checklist.js';
export { EXERCISE_CHOICES, EXERCISE_PROMPT, exerciseQuestion } from './exercise-question.js';
export { renderClassSummary, renderGrade } from './exercise.js';
export { renderChecklistHtml } from './html-checklist.js';
export { renderScreenCsv, renderScreenJson, renderScreenText } from './screening.js';
export { renderTestJson, renderTestJunit, renderTestText, xml } from './test-report.js';
