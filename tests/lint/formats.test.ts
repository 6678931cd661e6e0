import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type Diagnostic } from '../../src/diagnostics/index.js';
import { renderLintSarif } from '../../src/lint/index.js';

interface SarifRule { id: string; shortDescription: { text: string }; helpUri?: string; defaultConfiguration: { level: string } }
interface SarifResult { ruleId: string; ruleIndex: number; level: string }

describe('SARIF rule metadata', () => {
  // `json-syntax` is not a lint rule: a loader code still gets a rule of its own, so its index is right.
  const problems: Diagnostic[] = [
    { code: 'unknown-measure', severity: 'warning', message: 'm', location: { file: 'a.yaml', line: 3, column: 5 } },
    { code: 'json-syntax', severity: 'error', message: 'j', location: { file: 'b.json', line: 1, column: 2 } },
  ];
  const log = JSON.parse(renderLintSarif({ problems, files: ['a.yaml', 'b.json'] }, '0.1.0', 'https://example.org/codes/')) as { runs: [{ tool: { driver: { rules: SarifRule[] } }; results: SarifResult[] }] };
  const { rules } = log.runs[0].tool.driver;

  it('takes every rule\'s title, severity and help page from the registry', () => {
    for (const rule of rules) {
      const entry = DIAGNOSTIC_CODES[rule.id as keyof typeof DIAGNOSTIC_CODES];
      expect(rule.shortDescription.text).toBe(entry.title);
      expect(rule.defaultConfiguration.level).toBe(entry.severity);
      expect(rule.helpUri).toBe(`https://example.org/codes/${rule.id}.md`);
    }
  });

  it('points every result at the rule of its own code', () => {
    for (const result of log.runs[0].results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(log.runs[0].results.map(r => r.ruleId)).toEqual(['unknown-measure', 'json-syntax']);
  });
});
