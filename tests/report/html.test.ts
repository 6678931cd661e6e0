import { describe, expect, it } from 'vitest';
import { assessFiles } from '../../src/usecases/assess-files.js';
import { renderHtml, renderMarkdown } from '../../src/report/index.js';
import { articleHeading, groupByArticle } from '../../src/report/articles.js';
import { escapeHtml } from '../../src/report/html-page.js';
import { runInProcess } from '../helpers/run-cli.js';
import { chromiumAvailable, pdfInfo, pdfText, printToPdf } from '../helpers/chromium.js';

async function reportFor(files: string[], readStdin: () => Promise<string> = async () => '') {
  const { report } = await assessFiles({ files, criteria: [], context: ['training'], defaultContext: true, assessedAt: '2026-11-22T00:00:00.000Z', readStdin });
  return report!;
}

describe('the HTML report', () => {
  it('is one self-contained page: inline CSS, no script, no network, A4 print styles', async () => {
    const html = renderHtml(await reportFor(['fixtures/applications/06-refuse-ihl.yaml']));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import/i);
  });

  it('escapes every record text', async () => {
    const record = JSON.stringify({ id: '<script>alert(1)</script>', date: '2026-03-01', end_use: 'a & b <b>bold</b> "quoted"', items: [{ category: 'small-arms', class: 'arm', description: "<img src=x onerror='x'>" }] });
    const report = await reportFor(['-'], async () => record);
    const html = renderHtml(report);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('has the same content as the Markdown report', async () => {
    const report = await reportFor(['fixtures/applications/06-refuse-ihl.yaml', 'fixtures/applications/08-prohibited-un-embargo.yaml']);
    const html = renderHtml(report);
    const markdown = renderMarkdown(report);
    for (const result of report.results) {
      expect(html).toContain(`${escapeHtml(result.id)}: <span class="decision ${result.decision}">`);
      for (const [article] of groupByArticle(result.findings)) {
        expect(markdown).toContain(articleHeading(article));
        expect(html).toContain(escapeHtml(articleHeading(article)));
      }
      for (const finding of result.findings) {
        expect(html).toContain(escapeHtml(finding.title));
        expect(html).toContain(escapeHtml(finding.explanation));
      }
    }
    for (const file of report.criteria) expect(html).toContain(escapeHtml(file.file));
  });

  it('is written by assess --format html and checklist --format html', async () => {
    const assess = await runInProcess(['assess', 'fixtures/applications/06-refuse-ihl.yaml', '--context', 'training', '--format', 'html']);
    expect(assess.code).toBe(0);
    expect(assess.stdout).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    const checklist = await runInProcess(['checklist', '--format', 'html']);
    expect(checklist.stdout).toContain('<h3>ATT 7(1)(b)(i): Serious violations of international humanitarian law</h3>');
    expect(checklist.stdout.match(/<section class="criterion">/g)?.length).toBe(29);
    // Room to write: four ruled lines per criterion, six for the overall recommendation.
    expect(checklist.stdout.match(/<div class="lines">(<div><\/div>){4}<\/div>/g)?.length).toBe(28);
    expect(checklist.stdout).toMatch(/<div class="lines">(<div><\/div>){6}<\/div>/);
  });
});

describe.runIf(chromiumAvailable())('the HTML report printed by headless Chromium', () => {
  it('prints an assessment to an A4 PDF with the decision and every criterion heading', async () => {
    const report = await reportFor(['fixtures/applications/06-refuse-ihl.yaml']);
    const pdf = printToPdf(renderHtml(report));
    expect(pdfInfo(pdf)).toMatch(/Page size: +59\d\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = pdfText(pdf);
    const result = report.results[0]!;
    expect(text).toContain(`${result.id}: ${result.decision.toUpperCase()}`);
    for (const [article] of groupByArticle(result.findings)) expect(text).toContain(articleHeading(article));
    // pdftotext joins a word hyphenated at a line end ("trans-" "shipment"), so titles are compared without hyphens and spaces.
    const squeeze = (s: string): string => s.replace(/[-\s]+/g, '');
    for (const finding of result.findings) expect(squeeze(text)).toContain(squeeze(finding.title));
    expect(text).toContain('Provenance');
  });

  it('prints the checklist with every criterion heading', async () => {
    const { stdout } = await runInProcess(['checklist', '--format', 'html']);
    const text = pdfText(printToPdf(stdout));
    const headings = [...stdout.matchAll(/<h3>([^<]+)<\/h3>/g)].map(m => m[1]!.replace(/&#39;/g, "'"));
    expect(headings.length).toBe(28);
    // A line break in the PDF can drop a hyphen (non-objection → nonobjection): compare without them.
    for (const heading of headings) expect(text.replace(/-/g, '')).toContain(heading.replace(/-/g, ''));
  });
});

describe.skipIf(chromiumAvailable())('the HTML report printed by headless Chromium', () => {
  it('is skipped: Chromium or poppler-utils is not installed', () => {
    process.stderr.write('atra: skipping the print test: install the Debian packages chromium and poppler-utils to run it\n');
  });
});
