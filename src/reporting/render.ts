import type { Form, PrintedReport } from './form.js';

/*
 * Renderers yield the report in pieces, row by row, so that a long list of records left out is never
 * held whole in memory; `collectText` joins the pieces where a string is wanted.
 */

/** Joins a rendered report's pieces into one string. */
export async function collectText(pieces: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const piece of pieces) text += piece;
  return text;
}

const mdCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A printed report as Markdown: pipe tables, nil statements in place of empty tables. */
export async function* renderMarkdown(report: PrintedReport): AsyncGenerator<string> {
  yield `# ${report.title}\n\n${report.intro.map(line => `${line}\n\n`).join('')}`;
  for (const form of report.forms) {
    yield `## ${form.title}\n\n`;
    if (form.empty) {
      yield `${form.nil ?? 'None.'}\n\n`;
      continue;
    }
    yield `| ${form.columns.map(mdCell).join(' | ')} |\n|${form.columns.map(() => ' --- |').join('')}\n`;
    for await (const row of form.rows) yield `| ${row.map(mdCell).join(' | ')} |\n`;
    yield '\n';
  }
  const closing = report.closing.map(section => `## ${section.heading}\n\n${section.lines.map(line => `- ${line}\n`).join('')}`);
  yield closing.join('\n');
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A printed report as a self-contained HTML page (no scripts, one small style sheet, printable). */
export async function* renderHtml(report: PrintedReport): AsyncGenerator<string> {
  const style = 'body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1em}th,td{border:1px solid #999;padding:.25em .5em;vertical-align:top}.nil{font-style:italic}';
  yield `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(report.title)}</title>\n<style>${style}</style>\n</head>\n<body>\n`;
  yield `<h1>${escapeHtml(report.title)}</h1>\n${report.intro.map(line => `<p>${escapeHtml(line)}</p>\n`).join('')}`;
  for (const form of report.forms) {
    yield `<h2>${escapeHtml(form.title)}</h2>\n`;
    if (form.empty) {
      yield `<p class="nil">${escapeHtml(form.nil ?? 'None.')}</p>\n`;
      continue;
    }
    yield `<table>\n<thead><tr>${form.columns.map(c => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>\n<tbody>\n`;
    for await (const row of form.rows) yield `<tr>${row.map(c => `<td>${escapeHtml(c)}</td>`).join('')}</tr>\n`;
    yield '</tbody>\n</table>\n';
  }
  for (const section of report.closing) yield `<h2>${escapeHtml(section.heading)}</h2>\n<ul>\n${section.lines.map(line => `<li>${escapeHtml(line)}</li>\n`).join('')}</ul>\n`;
  yield '</body>\n</html>\n';
}

/** Quotes what RFC 4180 needs quoted; a text cell a spreadsheet would run as a formula gets a leading apostrophe. */
function csvCell(raw: string): string {
  const text = /^[=+@\t\r]/.test(raw) || (/^-/.test(raw) && !/^-?\d+(\.\d+)?$/.test(raw)) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function* csvOf(form: Form): AsyncGenerator<string> {
  yield `${form.columns.map(csvCell).join(',')}\r\n`;
  if (!form.empty) for await (const row of form.rows) yield `${row.map(csvCell).join(',')}\r\n`;
}

/** Each form as its own CSV file (RFC 4180, header row in the template's column names); a nil form keeps its header. */
export function renderCsvFiles(report: PrintedReport): { name: string; pieces: AsyncIterable<string> }[] {
  return report.forms.map(form => ({ name: `${form.name}.csv`, pieces: csvOf(form) }));
}
