/**
 * Record text in a report is data, never layout. A control character (a newline, ESC starting an
 * ANSI sequence), a format character (a bidirectional override such as U+202E, a zero-width space)
 * or a lone surrogate in an id or a name could add fake lines to a text report, hide the rest of it,
 * or reorder what an officer reads. Each is shown as an escape instead: `\n`, `\u202e`.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with every control, format or line-separator character and every lone surrogate escaped. */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, char => NAMED[char] ?? `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/**
 * Record text for a Markdown report: escaped as in `escapeText`, then every character Markdown or
 * HTML would read as inline markup (`|`, `*`, `[`, `<`, …) is made literal, so a name cannot add
 * a table cell, a link, emphasis or a tag. Newlines are already escapes, so nothing it says can start
 * a line (a heading or a list needs a line of its own).
 */
export function escapeMarkdown(text: string): string {
  return escapeText(text)
    .replace(/[\\`*_[\]|~]/g, char => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** Record text inside a Markdown code span: escaped, with backticks (which would end the span) replaced. */
export function markdownCode(text: string): string {
  return `\`${escapeText(text).replace(/`/g, 'ˋ')}\``;
}

// OWASP CSV injection: a cell a spreadsheet would read as a formula, including the full-width forms
// some spreadsheets fold to ASCII, and after leading spaces some of them ignore.
const FORMULA = /^(?:[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/u;

/** A CSV cell that a spreadsheet shows as text: a leading `'` before a formula start, then quoted as needed. */
export function csvSafeCell(text: string): string {
  const neutral = FORMULA.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(neutral) || neutral !== text ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}
