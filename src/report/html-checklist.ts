import type { Checklist, ChecklistItem } from './checklist-model.js';
import { DECISIONS } from '../schema/index.js';
import { articleHeading, groupByArticle } from './articles.js';
import { formatFactValue } from './fact-value.js';
import { escapeHtml, escapeLines, htmlPage, row } from './html-page.js';

const STATUS_BOXES: Readonly<Record<string, string>> = {
  triggered: '☒ Triggered  ☐ Clear  ☐ Cannot tell',
  clear: '☐ Triggered  ☒ Clear  ☐ Cannot tell',
  unknown: '☐ Triggered  ☐ Clear  ☒ Cannot tell',
  'not-applicable': 'Not applicable to this application',
};

/** Ruled lines to write on: enough for a paragraph of reasoning per criterion. */
function writingLines(count: number): string {
  return `<div class="lines">${'<div></div>'.repeat(count)}</div>`;
}

/**
 * The officer's checklist as one printable HTML page: the same content as the Markdown checklist, each
 * criterion kept on one page, with tick boxes and several ruled lines for the reasoning.
 */
export function renderChecklistHtml(checklist: Checklist, generator: string): string {
  const out = [`<h1>Officer's checklist: ${escapeHtml(checklist.title)}</h1>`];
  if (checklist.case) {
    const c = checklist.case;
    out.push(`<p>Pre-filled by atra for <strong>${escapeHtml(c.id)}</strong> (<code>${escapeHtml(c.source)}</code>): recommendation <strong>${escapeHtml(c.decision)}</strong>.</p>`, `<p class="notice">${escapeLines(c.notice)}</p>`);
  } else {
    out.push('<table class="key">', row(['<strong>Application</strong>', '']), row(['<strong>Officer</strong>', '']), row(['<strong>Date</strong>', '']), '</table>');
  }
  for (const [article, items] of groupByArticle(checklist.items)) {
    out.push(`<h2>${escapeHtml(articleHeading(article))}</h2>`);
    for (const item of items) out.push(itemHtml(item));
  }
  out.push('<section class="criterion">', '<h2>Overall recommendation</h2>', '<ul class="boxes">', ...DECISIONS.map(d => `<li>${d}</li>`), '</ul>', '<p>Reasoning:</p>', writingLines(6), '</section>');
  return htmlPage(`Officer's checklist: ${checklist.title}`, out.join('\n'), generator);
}

function itemHtml(item: ChecklistItem): string {
  const out = ['<section class="criterion">', `<h3>${escapeHtml(`${item.basis.join(', ')}: ${item.title}`)}</h3>`, `<p><strong>${escapeLines(item.question)}</strong></p>`];
  if (item.indicators.length || item.sources.length) {
    const length = Math.max(item.indicators.length, item.sources.length);
    out.push('<table>', `<thead>${row(['Indicators to look at', 'Sources to consult'], 'th')}</thead>`, '<tbody>');
    for (let i = 0; i < length; i++) out.push(row([escapeHtml(item.indicators[i] ?? ''), escapeHtml(item.sources[i] ?? '')]));
    out.push('</tbody>', '</table>');
  }
  if (item.prefilled) {
    out.push(`<p>Engine: ${STATUS_BOXES[item.prefilled.status] ?? escapeHtml(item.prefilled.status)}</p>`, `<p class="notice">${escapeLines(item.prefilled.explanation)}</p>`);
    if (item.prefilled.evidence.length) out.push('<ul class="muted">', ...item.prefilled.evidence.map(f => `<li>${escapeHtml(`${f.fact} = ${formatFactValue(f.value)} (${f.source})`)}</li>`), '</ul>');
    out.push('<p>Class discussion: do you agree? ☐ Yes ☐ No</p>');
  } else {
    out.push('<ul class="boxes"><li>Triggered</li><li>Clear</li><li>Cannot tell</li></ul>');
  }
  out.push('<p>Reasoning:</p>', writingLines(4), '</section>');
  return out.join('\n');
}
