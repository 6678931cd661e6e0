import type { Checklist, ChecklistItem } from './checklist-model.js';
import { articleHeading, groupByArticle } from './articles.js';
import { formatFactValue } from './fact-value.js';
import { DECISIONS } from '../schema/index.js';

const BOX = { triggered: '[x] Triggered  [ ] Clear  [ ] Cannot tell', clear: '[ ] Triggered  [x] Clear  [ ] Cannot tell', unknown: '[ ] Triggered  [ ] Clear  [x] Cannot tell' } as const;

/**
 * The checklist as Markdown that prints well: one heading per article, one section per criterion
 * with its basis, question, indicators and sources, tick boxes, and ruled space for the reasoning.
 */
export function renderChecklistMarkdown(checklist: Checklist): string {
  const out = [`# Officer's checklist: ${checklist.title}`, ''];
  if (checklist.case) {
    out.push(`Pre-filled by atra for **${checklist.case.id}** (\`${checklist.case.source}\`): recommendation **${checklist.case.decision}**.`, '', `> ${checklist.case.notice}`, '');
  } else {
    out.push('Application: ______________________  Officer: ______________________  Date: ____________', '');
  }
  for (const [article, items] of groupByArticle(checklist.items)) {
    out.push(`## ${articleHeading(article)}`, '');
    for (const item of items) out.push(...markdownItem(item));
  }
  out.push('## Overall recommendation', '', ...DECISIONS.map(d => `- [ ] ${d}`), '', ...writingLines(6));
  return `${out.join('\n')}\n`;
}

function markdownItem(item: ChecklistItem): string[] {
  const out = [`### ${item.basis.join(', ')}: ${item.title}`, '', `**${item.question}**`, ''];
  if (item.indicators.length) out.push('| Indicators to look at | Sources to consult |', '| --- | --- |', ...rows(item).map(([a, b]) => `| ${a} | ${b} |`), '');
  if (item.prefilled) {
    const box = item.prefilled.status === 'not-applicable' ? 'Not applicable to this application' : BOX[item.prefilled.status];
    out.push(`Engine: ${box.replace(/\[x\]/g, '☒').replace(/\[ \]/g, '☐')}`, '', `> ${item.prefilled.explanation}`, '');
    for (const fact of item.prefilled.evidence) out.push(`> - ${fact.fact} = ${formatFactValue(fact.value)} (${fact.source})`);
    if (item.prefilled.evidence.length) out.push('');
    out.push('Class discussion: do you agree? ☐ Yes ☐ No', '');
  } else {
    out.push('- [ ] Triggered', '- [ ] Clear', '- [ ] Cannot tell', '');
  }
  out.push(...writingLines(4));
  return out;
}

/** A reasoning prompt and ruled lines to write on, each followed by a blank line so Markdown keeps them apart. */
function writingLines(count: number): string[] {
  const rule = '_'.repeat(76);
  return ['Reasoning: ____________________________________________________________', '', ...Array.from({ length: count - 1 }, () => [rule, '']).flat()];
}

function rows(item: ChecklistItem): [string, string][] {
  const length = Math.max(item.indicators.length, item.sources.length);
  return Array.from({ length }, (_, i) => [item.indicators[i] ?? '', item.sources[i] ?? '']);
}

/** The checklist as plain text for a terminal or a plain printer. */
export function renderChecklistText(checklist: Checklist): string {
  const out = [`OFFICER'S CHECKLIST: ${checklist.title}`, ''];
  if (checklist.case) out.push(`Pre-filled for ${checklist.case.id} (${checklist.case.source}): recommendation ${checklist.case.decision}`, checklist.case.notice, '');
  for (const [article, items] of groupByArticle(checklist.items)) {
    out.push(articleHeading(article).toUpperCase(), '');
    for (const item of items) {
      out.push(`  ${item.basis.join(', ')}: ${item.title}`, `  Q: ${item.question}`);
      for (const indicator of item.indicators) out.push(`     - look at: ${indicator}`);
      for (const source of item.sources) out.push(`     - consult: ${source}`);
      if (item.prefilled) out.push(`  Engine: ${item.prefilled.status}. ${item.prefilled.explanation}`);
      else out.push('  [ ] Triggered   [ ] Clear   [ ] Cannot tell');
      out.push('  Reasoning: ______________________________________________', ...Array.from({ length: 3 }, () => `  ${'_'.repeat(57)}`), '');
    }
  }
  return `${out.join('\n')}\n`;
}
