/**
 * The frame shared by atra's HTML documents: one self-contained page (inline CSS, no script, no
 * network: the Content-Security-Policy says so to the browser too), laid out for A4 printing.
 */

/** Escapes text for HTML element content and attribute values. Every record text goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => ENTITIES[char] ?? char);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escaped text whose line breaks are kept. */
export function escapeLines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

/** A table row of already-escaped cells. */
export function row(cells: readonly string[], tag: 'td' | 'th' = 'td'): string {
  return `<tr>${cells.map(cell => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
}

const STYLE = `
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
:root { --ink: #1a1a1a; --muted: #555; --rule: #bbb; --red: #a00; --green: #176b2c; --amber: #8a5a00; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin: 6mm 0 2mm; border-bottom: 1.5pt solid var(--ink); padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 5mm 0 1.5mm; break-after: avoid; }
p, ul { margin: 0 0 2.5mm; }
.notice { border-left: 3pt solid var(--amber); padding: 1.5mm 3mm; background: #fbf6ea; }
.meta, .muted, footer { color: var(--muted); font-size: 9pt; }
table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; font-size: 9.5pt; }
thead { display: table-header-group; }
th, td { border: 0.5pt solid var(--rule); padding: 1.2mm 1.8mm; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
tr { break-inside: avoid; }
table.key th { width: 32mm; }
table.findings { table-layout: fixed; }
table.findings th:nth-child(1) { width: 27mm; } table.findings th:nth-child(2) { width: 27mm; } table.findings th:nth-child(3) { width: 42mm; }
code { font: 8.5pt "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
.evidence { display: block; margin-top: 1mm; color: var(--muted); font-size: 8.5pt; }
.status { white-space: nowrap; font-weight: bold; }
.triggered { color: var(--red); } .clear { color: var(--green); } .unknown { color: var(--amber); } .not-applicable { color: var(--muted); font-weight: normal; }
.decision { font-weight: bold; text-transform: uppercase; }
.decision.prohibited, .decision.refuse { color: var(--red); } .decision.review, .decision.incomplete { color: var(--amber); }
.decision.approve, .decision.approve-with-conditions { color: var(--green); }
ul.boxes { list-style: none; padding-left: 0; } ul.boxes li::before { content: "\\2610\\00a0\\00a0"; }
.criterion { break-inside: avoid; margin-bottom: 4mm; }
.lines { margin: 1mm 0 3mm; } .lines div { border-bottom: 0.5pt solid var(--rule); height: 7mm; }
section.record + section.record { break-before: page; }
@media screen { body { padding: 10mm; } }
@media print { body { padding: 0; max-width: none; } .notice { background: none; } }
`;

/** A complete HTML document around `body` (already escaped). */
export function htmlPage(title: string, body: string, generator: string): string {
  return `${htmlPageStart(title, generator)}${body}\n${htmlPageEnd()}`;
}

/** The opening half of a page, up to and including `<body>`, for reports written record by record. */
export function htmlPageStart(title: string, generator: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(generator)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '',
  ].join('\n');
}

/** The closing half of a page. */
export function htmlPageEnd(): string {
  return '</body>\n</html>\n';
}
