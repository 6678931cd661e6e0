import { describe, expect, it } from 'vitest';
import { listScenarios, loadScenario, resolveScenario } from '../../src/trainer/scenarios.js';
import { gradedCriteria } from '../../src/trainer/grade.js';
import { answersTemplate } from '../../src/trainer/answers.js';
import { EXERCISE_CHOICES, EXERCISE_PROMPT } from '../../src/report/exercise-question.js';

describe('exercise questions mean the same thing every time', () => {
  it('every graded criterion of every scenario asks whether the risk or prohibition applies, yes = triggered', async () => {
    expect(EXERCISE_CHOICES[0]).toEqual({ name: 'Yes, it applies (triggered)', value: 'triggered' });
    for (const id of await listScenarios()) {
      const { loaded } = await loadScenario((await resolveScenario(id))!);
      const template = answersTemplate(loaded!);
      expect(template).toContain(`# Every question is the same: ${EXERCISE_PROMPT}`);
      expect(template.match(/# {3}It applies when: /g)?.length).toBe(gradedCriteria(loaded!.scenario).length);
      expect(template).not.toContain('{{');
    }
  });
});
