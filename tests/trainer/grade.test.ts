import { describe, expect, it } from 'vitest';
import { loadScenario, resolveScenario } from '../../src/trainer/scenarios.js';
import { loadAnswers } from '../../src/trainer/answers.js';
import { gradeAnswers, summariseClass } from '../../src/trainer/grade.js';

const { loaded } = await loadScenario((await resolveScenario('s10'))!);
const scenario = loaded!;
const grade = async (name: string) => {
  const { answers } = await loadAnswers(`fixtures/answers/s10/${name}.yaml`);
  return gradeAnswers(scenario.scenario, scenario.engine, answers!, '2026-11-22T00:00:00Z');
};

describe('grading against the model answer', () => {
  it('all right scores 100%', async () => {
    const result = await grade('all-right');
    expect(result.score).toEqual({ correct: 24, total: 24, percent: 100 });
    expect(result.decision).toEqual({ answer: 'review', model: 'review', correct: true });
  });

  it('all wrong scores 0% and shows the engine explanation as feedback', async () => {
    const result = await grade('all-wrong');
    expect(result.score).toEqual({ correct: 0, total: 24, percent: 0 });
    const hr = result.criteria.find(c => c.criterion === 'att-7-1-b-ii-human-rights')!;
    expect(hr).toMatchObject({ answer: 'clear', model: 'triggered', correct: false, basis: ['ATT 7(1)(b)(ii)'] });
    expect(hr.feedback).toContain('Regional Court of Human Rights');
  });

  it('partly right counts each criterion and the decision', async () => {
    const result = await grade('partly-right');
    expect(result.score).toEqual({ correct: 11, total: 24, percent: 46 });
    expect(result.decision.correct).toBe(false);
  });

  it('the class summary gives error rates and the most common mistaken decisions', async () => {
    const results = await Promise.all(['all-right', 'all-wrong', 'partly-right', 'also-refuse'].map(grade));
    const summary = summariseClass(results);
    expect(summary.mistaken_decisions).toEqual([{ decision: 'refuse', count: 2 }, { decision: 'approve', count: 1 }]);
    const hr = summary.criteria.find(c => c.criterion === 'att-7-1-b-ii-human-rights')!;
    expect(hr).toMatchObject({ wrong: 1, total: 4, rate: 0.25 });
    expect(summary.criteria[0]!.rate).toBeGreaterThanOrEqual(summary.criteria.at(-1)!.rate);
  });

  it('a blank template grades as unanswered, not as an error', async () => {
    const answers = { scenario: scenario.scenario.id, trainee: 'Blank', decision: null, criteria: { 'att-6-1-un-arms-embargo': { status: null, reason: '' } } };
    const result = gradeAnswers(scenario.scenario, scenario.engine, answers, 'now');
    expect(result.score.correct).toBe(0);
    expect(result.criteria.find(c => c.criterion === 'att-6-1-un-arms-embargo')!.answer).toBe('no answer');
  });
});
