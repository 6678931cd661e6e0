import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The headless browser and PDF tools, when installed (Debian packages chromium and poppler-utils). */
export function chromiumAvailable(): boolean {
  const has = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  return has('chromium') && has('pdftotext');
}

/** Prints `html` to an A4 PDF in headless Chromium; returns the PDF's path. */
export function printToPdf(html: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atra-print-'));
  const page = join(dir, 'page.html');
  const pdf = join(dir, 'page.pdf');
  writeFileSync(page, html);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${page}`], { stdio: 'ignore', timeout: 60_000 });
  return pdf;
}

/** The text of a PDF (pdftotext), with runs of white space made single spaces. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The page size and count of a PDF (pdfinfo). */
export function pdfInfo(pdf: string): string {
  return execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
}
