import type { ChalkInstance } from 'chalk';
import type { TestRun } from './test-run-model.js';

/** `atra test` as text: failures with their differences, coverage gaps, and the closing count. */
export function renderTestText(run: TestRun, chalk: ChalkInstance): string {
  const out: string[] = [];
  for (const result of run.cases) {
    if (result.passed) {
      out.push(`${chalk.green('✓')} ${result.name} ${chalk.dim(`${result.file}:${result.line}`)}`);
      continue;
    }
    out.push(`${chalk.red('✗')} ${result.name} ${chalk.dim(`${result.file}:${result.line}`)}`);
    for (const difference of result.differences) out.push(`    ${chalk.red('-')} ${difference}`);
  }
  const sets = [...new Set(run.coverage.map(c => c.set))];
  for (const set of sets) {
    const entries = run.coverage.filter(c => c.set === set);
    const full = entries.filter(c => c.triggered > 0 && c.clear > 0).length;
    const percent = entries.length ? Math.round((100 * full) / entries.length) : 0;
    out.push('', chalk.bold(`Coverage of ${set}: ${full}/${entries.length} criteria triggered and cleared (${percent}%)`));
  }
  for (const gap of run.gaps) out.push(`  ${chalk.yellow('!')} ${gap}`);
  const failed = run.cases.filter(c => !c.passed).length;
  out.push('', `${run.cases.length - failed} passed, ${failed} failed`);
  return `${out.join('\n')}\n`;
}

/** `atra test --format json`. */
export function renderTestJson(run: TestRun): string {
  const cases = run.cases.map(({ file, line, name, passed, differences, result }) => ({ file, line, name, passed, differences, decision: result?.decision }));
  const failed = cases.filter(c => !c.passed).length;
  return `${JSON.stringify({ summary: { cases: cases.length, passed: cases.length - failed, failed, gaps: run.gaps.length }, cases, coverage: run.coverage, gaps: run.gaps }, null, 2)}\n`;
}

/** `atra test --format junit`: one test suite per case file, coverage gaps as failures of their own. */
export function renderTestJunit(run: TestRun): string {
  const byFile = new Map<string, typeof run.cases>();
  for (const result of run.cases) byFile.set(result.file, [...(byFile.get(result.file) ?? []), result]);
  const suites = [...byFile.entries()].map(([file, results]) => {
    const failures = results.filter(r => !r.passed).length;
    const cases = results.map(r => {
      const body = r.passed ? '' : `<failure message="${xml(r.differences[0] ?? 'failed')}">${xml(r.differences.join('\n'))}</failure>`;
      return `    <testcase classname="${xml(file)}" name="${xml(r.name)}" file="${xml(file)}" line="${r.line}">${body}</testcase>`;
    });
    return `  <testsuite name="${xml(file)}" tests="${results.length}" failures="${failures}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  if (run.gaps.length) {
    const gaps = run.gaps.map(g => `    <testcase classname="coverage" name="${xml(g)}"><failure message="${xml(g)}"/></testcase>`);
    suites.push(`  <testsuite name="coverage" tests="${run.gaps.length}" failures="${run.gaps.length}">\n${gaps.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${suites.join('\n')}\n</testsuites>\n`;
}

/** Escapes text for XML attributes and content. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
