import type { ChalkInstance } from 'chalk';
import { formatDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import type { LintResult } from './lint.js';
import { LINT_RULES } from '../diagnostics/index.js';
import { xml } from '../report/index.js';

function counts(result: LintResult): { errors: number; warnings: number } {
  const errors = result.problems.filter(p => p.severity === 'error').length;
  return { errors, warnings: result.problems.length - errors };
}

/** One problem a line, `file:line:col  severity  rule  path: message Fix: hint`, then the count. */
export function renderLintText(result: LintResult, chalk: ChalkInstance): string {
  const lines = result.problems.map(p => {
    const text = formatDiagnostic(p);
    return p.severity === 'error' ? text.replace('  error  ', `  ${chalk.red('error')}  `) : text.replace('  warning  ', `  ${chalk.yellow('warning')}  `);
  });
  const { errors, warnings } = counts(result);
  lines.push(`${errors} error(s), ${warnings} warning(s) in ${result.files.length} file(s)`);
  return `${lines.join('\n')}\n`;
}

/** Machine-readable problems with their rule codes. */
export function renderLintJson(result: LintResult): string {
  return `${JSON.stringify({ summary: { files: result.files.length, ...counts(result) }, files: result.files, problems: result.problems }, null, 2)}\n`;
}

/** GitHub Actions workflow commands: each problem becomes an annotation on the pull request. */
export function renderLintGithub(result: LintResult): string {
  const escape = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string): string => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return result.problems
    .map(p => {
      const where = p.location ? `file=${property(p.location.file)},line=${p.location.line}${p.location.column ? `,col=${p.location.column}` : ''},` : '';
      return `::${p.severity} ${where}title=${property(`atra ${p.code}`)}::${escape(`${p.path ? `${p.path}: ` : ''}${p.message}${p.hint ? ` Fix: ${p.hint}` : ''}`)}\n`;
    })
    .join('');
}

/** JUnit XML: a test case per checked file, failing with its problems. */
export function renderLintJunit(result: LintResult): string {
  const byFile = new Map<string, Diagnostic[]>(result.files.map(file => [file, []]));
  for (const p of result.problems) {
    const file = p.location?.file ?? '<input>';
    byFile.set(file, [...(byFile.get(file) ?? []), p]);
  }
  const cases = [...byFile.entries()].map(([file, problems]) => {
    const errors = problems.filter(p => p.severity === 'error');
    const body = errors.length ? `<failure message="${xml(`${errors.length} error(s)`)}">${xml(problems.map(formatDiagnostic).join('\n'))}</failure>` : problems.length ? `<system-out>${xml(problems.map(formatDiagnostic).join('\n'))}</system-out>` : '';
    return `    <testcase classname="atra.lint" name="${xml(file)}" file="${xml(file)}">${body}</testcase>`;
  });
  const failures = [...byFile.values()].filter(problems => problems.some(p => p.severity === 'error')).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="atra lint" tests="${byFile.size}" failures="${failures}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

/**
 * SARIF 2.1.0, for code-scanning dashboards: the rule catalogue, then one result per problem. With
 * `docsUrl` (where docs/codes/ is published), each rule's `helpUri` links to its page.
 */
export function renderLintSarif(result: LintResult, version: string, docsUrl?: string): string {
  const rules = LINT_RULES.map(rule => ({
    id: rule.code,
    shortDescription: { text: rule.description },
    ...(docsUrl ? { helpUri: `${docsUrl.replace(/\/+$/, '')}/${rule.code}.md` } : {}),
    defaultConfiguration: { level: rule.severity },
  }));
  const results = result.problems.map(p => ({
    ruleId: p.code,
    ruleIndex: Math.max(0, LINT_RULES.findIndex(rule => rule.code === p.code)),
    level: p.severity,
    message: { text: `${p.path ? `${p.path}: ` : ''}${p.message}${p.hint ? ` Fix: ${p.hint}` : ''}` },
    locations: p.location
      ? [{ physicalLocation: { artifactLocation: { uri: p.location.file.replace(/^atra:/, '') }, region: { startLine: p.location.line, ...(p.location.column ? { startColumn: p.location.column } : {}) } } }]
      : [],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'atra', version, semanticVersion: version, rules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
