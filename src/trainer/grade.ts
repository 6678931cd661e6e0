import type { Answers, Scenario, Status } from '../schema/index.js';
import type { RecordResult } from '../engine/index.js';
import type { ClassSummary, GradeResult } from '../report/index.js';

export type { ClassSummary, CriterionGrade, GradeResult } from '../report/index.js';

/** The criteria a trainee answers: those the model answer covers that apply to the application. */
export function gradedCriteria(scenario: Scenario): string[] {
  return Object.entries(scenario.model_answer.statuses)
    .filter(([, status]) => status !== 'not-applicable')
    .map(([criterion]) => criterion)
    .sort(byNaturalId);
}

/** `att-2-…` before `att-10-…`: ids in treaty order. */
export function byNaturalId(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Grades answers against the model answer (not the engine), with the engine's explanation as feedback. Pure. */
export function gradeAnswers(scenario: Scenario, engine: RecordResult, answers: Answers, gradedAt: string): GradeResult {
  const criteria = gradedCriteria(scenario).map(id => {
    const finding = engine.findings.find(f => f.criterion === id);
    const given = answers.criteria[id];
    const answer: Status | 'no answer' = given?.status === undefined || given.status === null ? 'no answer' : given.status === 'cannot-tell' ? 'unknown' : given.status;
    const model = scenario.model_answer.statuses[id] as Status;
    return {
      criterion: id,
      title: finding?.title ?? id,
      basis: finding?.basis ?? [],
      answer,
      model,
      correct: answer === model,
      reason: given?.reason ?? '',
      feedback: finding?.explanation ?? '',
    };
  });
  const decision = { answer: answers.decision ?? ('no answer' as const), model: scenario.model_answer.decision, correct: answers.decision === scenario.model_answer.decision };
  const correct = criteria.filter(c => c.correct).length + (decision.correct ? 1 : 0);
  const total = criteria.length + 1;
  return {
    scenario: scenario.id,
    title: scenario.title,
    trainee: answers.trainee,
    graded_at: gradedAt,
    score: { correct, total, percent: Math.round((100 * correct) / total) },
    decision,
    criteria,
    teaching_points: scenario.model_answer.teaching_points,
  };
}

/** Summarises many graded answers to one scenario. Pure. */
export function summariseClass(results: readonly GradeResult[]): ClassSummary {
  const first = results[0];
  const ids = first ? first.criteria.map(c => c.criterion) : [];
  const criteria = ids
    .map(id => {
      const grades = results.map(r => r.criteria.find(c => c.criterion === id));
      const wrong = grades.filter(g => g && !g.correct).length;
      return { criterion: id, basis: grades[0]?.basis ?? [], wrong, total: results.length, rate: results.length ? wrong / results.length : 0 };
    })
    .sort((a, b) => b.rate - a.rate || a.criterion.localeCompare(b.criterion));
  const mistaken = new Map<string, number>();
  for (const r of results) if (!r.decision.correct) mistaken.set(r.decision.answer, (mistaken.get(r.decision.answer) ?? 0) + 1);
  return {
    scenario: first?.scenario ?? '',
    trainees: results.map(r => ({ trainee: r.trainee, percent: r.score.percent, decision: r.decision.answer })),
    criteria,
    mistaken_decisions: [...mistaken.entries()].map(([decision, count]) => ({ decision, count })).sort((a, b) => b.count - a.count),
    model_decision: first?.decision.model ?? '',
  };
}
