import type { Decision, Status } from '../schema/index.js';

// A graded exercise as the renderers read it; the trainer grades (trainer/grade.ts).

/** The grading of one criterion. */
export interface CriterionGrade {
  readonly criterion: string;
  readonly title: string;
  readonly basis: readonly string[];
  readonly answer: Status | 'no answer';
  readonly model: Status;
  readonly correct: boolean;
  readonly reason: string;
  /** The engine's explanation for this record: the feedback a trainee reads. */
  readonly feedback: string;
}

/** A graded exercise: what the trainer collects. */
export interface GradeResult {
  readonly scenario: string;
  readonly title: string;
  readonly trainee: string;
  readonly graded_at: string;
  readonly score: { readonly correct: number; readonly total: number; readonly percent: number };
  readonly decision: { readonly answer: Decision | 'no answer'; readonly model: Decision; readonly correct: boolean };
  readonly criteria: readonly CriterionGrade[];
  readonly teaching_points: readonly string[];
}

/** Across a class: scores, how often each criterion was got wrong, and the most common wrong decisions. */
export interface ClassSummary {
  readonly scenario: string;
  readonly trainees: readonly { readonly trainee: string; readonly percent: number; readonly decision: string }[];
  readonly criteria: readonly { readonly criterion: string; readonly basis: readonly string[]; readonly wrong: number; readonly total: number; readonly rate: number }[];
  readonly mistaken_decisions: readonly { readonly decision: string; readonly count: number }[];
  readonly model_decision: string;
}
