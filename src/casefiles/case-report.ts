import type { ChalkInstance } from 'chalk';
import { buildReport, markdownHead, markdownResult, markdownTail, renderJson, renderTextResult, renderTextTail, type ReportError, type ReportHeader } from '../report/index.js';
import { describeChain, type AdviceChain, type DeterminedResult } from '../casework/index.js';

/** A case result as reported: the result, its determinations, and its advice chain when an advice file was given. */
export type ReportedResult = DeterminedResult & { readonly advice?: AdviceChain };

/** The case part of a report: which determination files were read, and what was set aside. */
export interface CaseSection {
  readonly determinations: readonly { file: string; sha256: string }[];
  readonly warnings: readonly string[];
}

function caseLines(result: ReportedResult): string[] {
  const out: string[] = [];
  if (result.determinations?.length) {
    out.push('  Officer determinations this recommendation rests on');
    for (const d of result.determinations) {
      out.push(`    - ${d.id}: ${d.fact} = ${JSON.stringify(d.value)}, established by ${d.officer} on ${d.date} (${d.reason})${d.expires ? `, expires ${d.expires}` : ''}; cited by ${d.cited_by.join(', ') || 'no criterion'}  (${d.origin})`);
    }
  }
  if (result.advice) out.push(...describeChain(result.advice).map(line => `  ${line}`));
  return out;
}

function caseMarkdown(result: ReportedResult): string {
  const out: string[] = [];
  if (result.determinations?.length) {
    out.push('### Officer determinations', '');
    for (const d of result.determinations) {
      out.push(`- **${d.id}**: \`${d.fact}\` = \`${JSON.stringify(d.value)}\`, established by ${d.officer} on ${d.date} (${d.reason})${d.expires ? `, expires ${d.expires}` : ''}; cited by ${d.cited_by.join(', ') || 'no criterion'} (\`${d.origin}\`)`);
    }
    out.push('');
  }
  if (result.advice) {
    out.push('### Advice and countersignatures', '', ...describeChain(result.advice).map(line => `- ${line.trim()}`), '');
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** The whole case report in text, JSON or Markdown. */
export function renderCaseReport(format: 'text' | 'json' | 'markdown', header: ReportHeader, results: readonly ReportedResult[], errors: readonly ReportError[], section: CaseSection, chalk: ChalkInstance): string {
  const report = buildReport(header, results, errors);
  if (format === 'json') {
    const value = JSON.parse(renderJson(report)) as Record<string, unknown>;
    return `${JSON.stringify({ ...value, case: section }, null, 2)}\n`;
  }
  const warnings = section.warnings.map(w => `Warning: ${w}`);
  if (format === 'markdown') {
    const body = results.map(r => markdownResult(r) + caseMarkdown(r));
    return `${markdownHead(header)}${warnings.map(w => `> ${w}\n`).join('')}${body.join('')}${markdownTail(header, errors)}`;
  }
  const head = warnings.length ? `${warnings.join('\n')}\n\n` : '';
  const body = results.map(r => {
    const text = renderTextResult(r, chalk);
    const extra = caseLines(r);
    return extra.length ? `${text.replace(/\n+$/, '\n')}\n${extra.join('\n')}\n\n` : text;
  });
  return head + body.join('') + renderTextTail(report, chalk);
}
