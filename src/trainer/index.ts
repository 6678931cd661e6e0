/**
 * The trainer's features: scenarios, trainee answers, grading and class summaries, and the
 * officer's checklist. May import casefiles/ and everything below it. The layer order is the LAYERS
 * table in eslint.config.js.
 */
export { answersTemplate, loadAnswers } from './answers.js';
export { buildChecklist } from './checklist.js';
export { gradeAnswers, gradedCriteria, summariseClass, type GradeResult } from './grade.js';
export { listScenarios, loadScenario, resolveScenario, type LoadedScenario } from './scenarios.js';
