import type { ChalkInstance } from 'chalk';
import type { ClassSummary, GradeResult } from './grade-model.js';

const LABEL: Readonly<Record<string, string>> = { triggered: 'yes, it applies (triggered)', clear: 'no, it does not apply (clear)', unknown: 'cannot tell', 'not-applicable': 'not applicable', 'no answer': 'no answer' };

/** One trainee's graded exercise: per criterion, the answer, the model, the basis and the engine's explanation. */
export function renderGrade(result: GradeResult, chalk: ChalkInstance): string {
  const out = [chalk.bold(`${result.title}: ${result.trainee}`), ''];
  for (const c of result.criteria) {
    const mark = c.correct ? chalk.green('✓') : chalk.red('✗');
    out.push(`${mark} ${chalk.bold(c.basis.join(', '))}  ${c.title}`);
    out.push(`    you: ${LABEL[c.answer] ?? c.answer}${c.correct ? '' : `   model answer: ${LABEL[c.model] ?? c.model}`}${c.reason ? chalk.dim(`   (your reason: ${c.reason})`) : ''}`);
    if (!c.correct) out.push(chalk.dim(`    ${c.feedback}`));
  }
  const d = result.decision;
  out.push('', `${d.correct ? chalk.green('✓') : chalk.red('✗')} Decision: you said ${d.answer}${d.correct ? '' : `; the model answer is ${d.model}`}`);
  out.push('', chalk.underline('Teaching points'), ...result.teaching_points.map(p => `  - ${p}`));
  out.push('', chalk.bold(`Score: ${result.score.correct}/${result.score.total} (${result.score.percent}%)`));
  return `${out.join('\n')}\n`;
}

/** The class summary: scores, per-criterion error rates (worst first) and the most common wrong decisions. */
export function renderClassSummary(summary: ClassSummary): string {
  const out = [`Class summary for ${summary.scenario} (${summary.trainees.length} trainee(s)); model decision: ${summary.model_decision}`, ''];
  out.push('Trainee                         Score  Decision');
  for (const t of summary.trainees) out.push(`${t.trainee.padEnd(30)}  ${String(t.percent).padStart(4)}%  ${t.decision}`);
  out.push('', 'Criterion error rates (worst first)');
  for (const c of summary.criteria) out.push(`  ${String(Math.round(c.rate * 100)).padStart(3)}%  ${c.wrong}/${c.total}  ${c.criterion} (${c.basis.join(', ')})`);
  out.push('', 'Most common mistaken decisions');
  if (summary.mistaken_decisions.length === 0) out.push('  none: every trainee reached the model decision');
  for (const m of summary.mistaken_decisions) out.push(`  ${m.decision} instead of ${summary.model_decision}: ${m.count}`);
  return `${out.join('\n')}\n`;
}
