import { type Answers } from '../schema/index.js';
import { AnswersSchema } from '../schema/schemas.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { readSource } from '../loader/index.js';
import { parseLocated } from '../loader/index.js';
import { validateAt } from '../loader/index.js';
import type { LoadedScenario } from './scenarios.js';
import { gradedCriteria } from './grade.js';
import { EXERCISE_PROMPT, exerciseQuestion } from '../report/index.js';

/**
 * Loads an answers file (YAML or JSON), with positions for its mistakes. A result file written by an
 * interactive run carries the trainee's answers under `answers`, so trainers can collect either.
 */
export async function loadAnswers(file: string): Promise<{ answers?: Answers; diagnostics: Diagnostic[] }> {
  const document = parseLocated(file, (await readSource(file)).text);
  if (document.diagnostics.length) return { diagnostics: [...document.diagnostics] };
  const raw = document.value as Record<string, unknown> | null;
  const isResult = raw !== null && typeof raw === 'object' && 'answers' in raw && 'score' in raw;
  const { value, diagnostics } = isResult
    ? validateAt(AnswersSchema, document, raw.answers, ['answers'], 'answers')
    : validateAt(AnswersSchema, document, document.value, [], 'answers');
  return value ? { answers: value, diagnostics } : { diagnostics };
}

/** A blank answers file for a scenario: one entry per graded criterion, with the same question as the terminal asks. */
export function answersTemplate(loaded: LoadedScenario): string {
  const specs = new Map(loaded.setup.compiled.criteria.map(c => [c.criterion.id, c.criterion as Parameters<typeof exerciseQuestion>[0]]));
  const { policy } = loaded.setup.compiled;
  for (const spec of [policy.mitigation, policy.overriding]) specs.set(spec.id, spec);
  const out = [
    `# Answers for ${loaded.scenario.id}: ${loaded.scenario.title}`,
    `# Every question is the same: ${EXERCISE_PROMPT}`,
    '# Write status: yes (it applies: triggered), no (it does not: clear) or cannot-tell, and a short reason.',
    '# Then grade it with: atra exercise ' + loaded.scenario.id + ' --answers this-file.yaml',
    `scenario: ${loaded.scenario.id}`,
    'trainee: ""',
    'decision:   # prohibited | refuse | review | incomplete | approve-with-conditions | approve | out-of-scope',
    'criteria:',
  ];
  for (const id of gradedCriteria(loaded.scenario)) {
    const spec = specs.get(id);
    if (spec) {
      const question = exerciseQuestion(spec);
      out.push(`  # ${question.heading}`, `  #   The criterion asks: ${question.asks}`, `  #   It applies when: ${question.appliesWhen}`);
    }
    out.push(`  ${id}: { status: , reason: "" }`);
  }
  return `${out.join('\n')}\n`;
}
