import type { PrintedReport } from './form.js';

const mdCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A printed report as Markdown: pipe tables, nil statements in place of empty tables. */
export function renderMarkdown(report: PrintedReport): string {
  const out = [`# ${report.title}`, '', ...report.intro.flatMap(line => [line, ''])];
  for (const form of report.forms) {
    out.push(`## ${form.title}`, '');
    if (!form.rows.length) {
      out.push(form.nil ?? 'None.', '');
      continue;
    }
    out.push(`| ${form.columns.map(mdCell).join(' | ')} |`, `|${form.columns.map(() => ' --- |').join('')}`);
    for (const row of form.rows) out.push(`| ${row.map(mdCell).join(' | ')} |`);
    out.push('');
  }
  for (const section of report.closing) out.push(`## ${section.heading}`, '', ...section.lines.map(line => `- ${line}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A printed report as a self-contained HTML page (no scripts, one small style sheet, printable). */
export function renderHtml(report: PrintedReport): string {
  const body: string[] = [`<h1>${escapeHtml(report.title)}</h1>`, ...report.intro.map(line => `<p>${escapeHtml(line)}</p>`)];
  for (const form of report.forms) {
    body.push(`<h2>${escapeHtml(form.title)}</h2>`);
    if (!form.rows.length) {
      body.push(`<p class="nil">${escapeHtml(form.nil ?? 'None.')}</p>`);
      continue;
    }
    body.push('<table>', `<thead><tr>${form.columns.map(c => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>`, '<tbody>');
    for (const row of form.rows) body.push(`<tr>${row.map(c => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
    body.push('</tbody>', '</table>');
  }
  for (const section of report.closing) body.push(`<h2>${escapeHtml(section.heading)}</h2>`, '<ul>', ...section.lines.map(line => `<li>${escapeHtml(line)}</li>`), '</ul>');
  const style = 'body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1em}th,td{border:1px solid #999;padding:.25em .5em;vertical-align:top}td:nth-child(n+5){white-space:normal}.nil{font-style:italic}';
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(report.title)}</title>\n<style>${style}</style>\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}

/** Quotes what RFC 4180 needs quoted; a text cell a spreadsheet would run as a formula gets a leading apostrophe. */
function csvCell(raw: string): string {
  const text = /^[=+@\t\r]/.test(raw) || (/^-/.test(raw) && !/^-?\d+(\.\d+)?$/.test(raw)) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Each form as its own CSV file (RFC 4180, header row in the template's column names). A nil form
 * keeps its header and no rows.
 */
export function renderCsvFiles(report: PrintedReport): { name: string; text: string }[] {
  return report.forms.map(form => ({
    name: `${form.name}.csv`,
    text: [form.columns, ...form.rows].map(row => row.map(csvCell).join(',')).join('\r\n') + '\r\n',
  }));
}
