import { AnswersSchema, type Answers } from '../schema/index.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { readSource } from '../loader/source.js';
import { parseLocated } from '../loader/yaml-document.js';
import { validateAt } from '../loader/validate.js';
import type { LoadedScenario } from './scenarios.js';
import { gradedCriteria } from './grade.js';

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

/** A blank answers file for a scenario: one entry per graded criterion, its question as a comment. */
export function answersTemplate(loaded: LoadedScenario): string {
  const questions = new Map(loaded.setup.compiled.criteria.map(c => [c.criterion.id, { basis: c.criterion.basis, question: c.criterion.question }]));
  const { policy } = loaded.setup.compiled;
  for (const spec of [policy.mitigation, policy.overriding]) questions.set(spec.id, { basis: spec.basis, question: spec.question });
  const out = [
    `# Answers for ${loaded.scenario.id}: ${loaded.scenario.title}`,
    '# For each criterion write status: triggered, clear or cannot-tell, and a short reason.',
    '# Then grade it with: atra exercise ' + loaded.scenario.id + ' --answers this-file.yaml',
    `scenario: ${loaded.scenario.id}`,
    'trainee: ""',
    'decision:   # prohibited | refuse | review | incomplete | approve-with-conditions | approve | out-of-scope',
    'criteria:',
  ];
  for (const id of gradedCriteria(loaded.scenario)) {
    const q = questions.get(id);
    out.push(`  # ${q?.basis.join(', ') ?? ''}: ${(q?.question ?? '').replace(/\s+/g, ' ').trim()}`);
    out.push(`  ${id}: { status: , reason: "" }`);
  }
  return `${out.join('\n')}\n`;
}
