import { SCREENING_DECISION_FACT } from '../screening/index.js';
import { EXEMPTION_FACT } from '../engine/index.js';
import type { ChalkInstance } from 'chalk';
import type { Finding, RecordResult } from '../engine/index.js';
import type { Status } from '../schema/index.js';
import type { Report } from './model.js';
import { articleHeading, groupByArticle } from './articles.js';
import { formatFactValue } from './fact-value.js';
import { omittedTasksNote, tasksThatMatter } from './tasks.js';
import { escapeText as esc } from './escape.js';

const MARKS: Readonly<Record<Status, string>> = {
  triggered: '✗',
  clear: '✓',
  unknown: '?',
  'not-applicable': '–',
};

/**
 * The terminal view: per record, the decision first, then the criteria grouped by article with a
 * mark for each status, then what the officer must still do. Colour comes from the injected chalk
 * instance, so tests and pipes get plain text.
 */
export function renderText(report: Report, chalk: ChalkInstance): string {
  return report.results.map(result => renderTextResult(result, chalk)).join('') + renderTextTail(report, chalk);
}

/** One record's block, for streaming. */
export function renderTextResult(result: RecordResult, chalk: ChalkInstance): string {
  return `${[...renderResult(result, chalk), ''].join('\n')}\n`;
}

/** Errors, disabled criteria, the summary and the notice: what follows the last record. */
export function renderTextTail(report: Pick<Report, 'errors' | 'disabled' | 'summary' | 'notice'>, chalk: ChalkInstance): string {
  const out: string[] = [];
  if (report.errors.length) {
    out.push(chalk.bold.red(`Errors (${report.errors.length}): these records were not assessed`));
    for (const error of report.errors) {
      out.push(`  ${chalk.red('✗')} ${esc(error.source)}${error.id ? ` (${esc(error.id)})` : ''}`);
      // A message is one diagnostic a line: each line is kept, its text escaped.
      out.push(...error.message.split('\n').map(line => `      ${esc(line)}`));
    }
    out.push('');
  }
  for (const disabled of report.disabled) out.push(chalk.dim(`Disabled by the overlay: ${esc(disabled.id)}: ${esc(disabled.reason)}`));
  out.push(renderSummary(report, chalk));
  out.push(chalk.dim(report.notice.split('\n').map(esc).join('\n')));
  return `${out.join('\n')}\n`;
}

function renderResult(result: RecordResult, chalk: ChalkInstance): string[] {
  const out = [
    chalk.bold(esc(result.id)) + chalk.dim(`  ${esc(result.source)}`),
    `  Recommendation: ${decisionColour(result.decision, chalk)(chalk.bold(result.decision.toUpperCase()))}` +
      (result.decided_by.length ? chalk.dim(`  (set by ${esc(result.decided_by.join(', '))})`) : ''),
  ];
  if (result.as_of !== undefined) out.push(chalk.dim(`  Assessed as of ${result.as_of}`));
  for (const [article, findings] of groupByArticle(result.findings)) {
    out.push('', `  ${chalk.underline(articleHeading(article))}`);
    for (const finding of findings) out.push(...renderFinding(finding, chalk));
  }
  if (result.conditions.length) {
    out.push('', `  ${chalk.underline('Licence conditions this recommendation depends on')}`);
    result.conditions.forEach((condition, index) => out.push(`    ${index + 1}. ${esc(condition)}`));
  }
  const { tasks, omitted } = tasksThatMatter(result);
  if (tasks.length) {
    out.push('', `  ${chalk.underline('What the officer must still do')}`);
    tasks.forEach((task, index) => out.push(`    ${index + 1}. ${esc(task)}`));
  }
  const note = omittedTasksNote(omitted);
  if (note) out.push(chalk.dim(`    ${note}`));
  return out;
}

function renderFinding(finding: Finding, chalk: ChalkInstance): string[] {
  const colour = statusColour(finding.status, chalk);
  const level = finding.level ? ` [${finding.level}${finding.residual_level && finding.residual_level !== finding.level ? ` → ${finding.residual_level}` : ''}]` : '';
  const head = `    ${colour(`${MARKS[finding.status]} ${finding.status.padEnd(14)}`)} ${chalk.bold(esc(finding.basis.join(', ')))}  ${esc(finding.title)}${chalk.dim(level)}`;
  const out = [head, `        ${esc(finding.explanation)}`];
  // A clear finding still shows an officer's recorded screening decision: it is what let the party through.
  const shown = finding.status === 'triggered' || finding.status === 'unknown' ? finding.evidence : finding.evidence.filter(f => f.fact.startsWith(SCREENING_DECISION_FACT) || f.fact.startsWith(EXEMPTION_FACT));
  for (const fact of shown) out.push(chalk.dim(`        · ${esc(fact.fact)} = ${esc(formatFactValue(fact.value))}  (${esc(fact.source)})`));
  return out;
}

function renderSummary(report: Pick<Report, 'summary'>, chalk: ChalkInstance): string {
  const { summary } = report;
  const decisions = Object.entries(summary.decisions)
    .filter(([, count]) => count > 0)
    .map(([decision, count]) => `${decision} ${count}`)
    .join(', ');
  return chalk.bold(`${summary.records} record(s): ${summary.assessed} assessed, ${summary.errors} error(s)`) + (decisions ? `; ${decisions}` : '');
}

function statusColour(status: Status, chalk: ChalkInstance): ChalkInstance {
  switch (status) {
    case 'triggered':
      return chalk.red;
    case 'clear':
      return chalk.green;
    case 'unknown':
      return chalk.yellow;
    case 'not-applicable':
      return chalk.dim;
  }
}

function decisionColour(decision: string, chalk: ChalkInstance): ChalkInstance {
  if (decision === 'prohibited' || decision === 'refuse') return chalk.red;
  if (decision === 'review' || decision === 'incomplete') return chalk.yellow;
  if (decision === 'out-of-scope') return chalk.cyan;
  return chalk.green;
}
