import { SCREENING_DECISION_FACT } from '../screening/index.js';
import { EXEMPTION_FACT } from '../engine/index.js';
import type { Finding, RecordResult } from '../engine/index.js';
import type { Report, ReportError, ReportHeader } from './model.js';
import { articleHeading, groupByArticle } from './articles.js';
import { formatFactValue } from './fact-value.js';
import { omittedTasksNote, tasksThatMatter } from './tasks.js';
import { escapeMarkdown as md, markdownCode } from './escape.js';

/** A code span in a table cell: `|` would still end the cell, so it is escaped too. */
function code(text: string): string {
  return markdownCode(text).replace(/\|/g, '\\|');
}

const STATUS_LABEL: Readonly<Record<string, string>> = {
  triggered: '**✗ triggered**',
  clear: '✓ clear',
  unknown: '**? unknown**',
  'not-applicable': '– not applicable',
};

/** A file note an officer can attach to the case: decision, findings by article, tasks, provenance. */
export function renderMarkdown(report: Report): string {
  return markdownHead(report) + report.results.map(markdownResult).join('') + markdownTail(report, report.errors);
}

/** The title, the notice and what the assessment ran on. */
export function markdownHead(header: ReportHeader): string {
  const out: string[] = ['# atra assessment', ''];
  out.push(...header.notice.trim().split('\n').map(line => `> ${md(line)}`), '');
  out.push(`Assessed at ${md(header.assessed_at)} with **${md(header.criteria_set.title)}** (${md(header.criteria_set.id)} ${md(header.criteria_set.version)}), policy ${md(header.policy.id)} v${md(header.policy.version)}.`, '');
  return `${out.join('\n')}\n`;
}

/** One record's section, for streaming. */
export function markdownResult(result: RecordResult): string {
  return `${renderResult(result).join('\n')}\n`;
}

/** Records not assessed, disabled criteria and the provenance table. */
export function markdownTail(report: ReportHeader, errors: readonly ReportError[]): string {
  const out: string[] = [];
  if (errors.length) {
    out.push('## Records not assessed', '', '| Source | Id | Problem |', '| --- | --- | --- |');
    // A message is one diagnostic a line: the lines become <br> breaks, their text escaped.
    for (const error of errors) out.push(`| ${md(error.source)} | ${md(error.id ?? '')} | ${error.message.split('\n').map(md).join('<br>')} |`);
    out.push('');
  }
  if (report.disabled.length) {
    out.push('## Criteria disabled by the overlay', '');
    for (const d of report.disabled) out.push(`- ${code(d.id)}: ${md(d.reason)}`);
    out.push('');
  }
  out.push(...renderProvenance(report));
  return `${out.join('\n')}\n`;
}

function renderResult(result: RecordResult): string[] {
  const out = [`## ${md(result.id)}: ${result.decision}`, ''];
  out.push('| | |', '| --- | --- |');
  out.push(`| Recommendation | **${result.decision}** |`);
  out.push(`| Set by | ${result.decided_by.map(code).join(', ') || '—'} |`);
  out.push(`| Application | ${code(result.source)} |`);
  out.push(`| Assessed as of | ${result.as_of} |`, '');
  for (const [article, findings] of groupByArticle(result.findings)) {
    out.push(`### ${articleHeading(article)}`, '', '| Status | Basis | Criterion | Explanation |', '| --- | --- | --- | --- |');
    for (const finding of findings) out.push(findingRow(finding));
    out.push('');
  }
  if (result.conditions.length) {
    out.push('### Licence conditions', '');
    for (const condition of result.conditions) out.push(`- ${md(condition)}`);
    out.push('');
  }
  const { tasks, omitted } = tasksThatMatter(result);
  if (tasks.length) {
    out.push('### Officer tasks', '');
    for (const task of tasks) out.push(`- [ ] ${md(task)}`);
    out.push('');
  }
  const note = omittedTasksNote(omitted);
  if (note) out.push(`_${note}_`, '');
  return out;
}

function findingRow(finding: Finding): string {
  const level = finding.level ? ` (${finding.level}${finding.residual_level && finding.residual_level !== finding.level ? ` → ${finding.residual_level}` : ''})` : '';
  // A clear finding still shows an officer's recorded screening decision: it is what let the party through.
  const shown = finding.status === 'triggered' || finding.status === 'unknown' ? finding.evidence : finding.evidence.filter(f => f.fact.startsWith(SCREENING_DECISION_FACT) || f.fact.startsWith(EXEMPTION_FACT));
  const evidence = shown.map(f => md(`${f.fact} = ${formatFactValue(f.value)} (${f.source})`)).join('; ');
  const explanation = evidence ? `${md(finding.explanation)}<br><sub>Evidence: ${evidence}</sub>` : md(finding.explanation);
  return `| ${STATUS_LABEL[finding.status] ?? finding.status}${level} | ${md(finding.basis.join(', '))} | ${md(finding.title)} | ${explanation} |`;
}

function renderProvenance(report: ReportHeader): string[] {
  const out = ['## Provenance', '', '| Kind | File | Version / as of | sha256 |', '| --- | --- | --- | --- |'];
  for (const c of report.criteria) out.push(`| ${c.kind} | ${code(c.file)} | ${md(c.version)} | \`${c.sha256.slice(0, 16)}…\` |`);
  for (const c of report.context) out.push(`| context | ${code(c.file)} | ${md(c.as_of)} | \`${c.sha256.slice(0, 16)}…\` |`);
  for (const i of report.inputs) out.push(`| input | ${code(i.file)} | | \`${i.sha256.slice(0, 16)}…\` |`);
  out.push('', `Generated by atra ${report.tool.version}. Full hashes are in the JSON report.`, '');
  return out;
}

