import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type AjvDraft04Type from 'ajv-draft-04';
import { XMLValidator } from 'fast-xml-parser';
import { lintPaths } from '../../src/lint/lint.js';
import { LINT_RULES } from '../../src/diagnostics/lint-rules.js';
import { renderLintGithub, renderLintJunit, renderLintSarif } from '../../src/lint/formats.js';
import { renderTestJunit } from '../../src/report/test-report.js';
import { runCaseFiles } from '../../src/usecases/cases.js';

const TODAY = '2026-11-22';
const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS with a default export; require() reads it the same in vitest and tsc.
const AjvDraft04 = (require('ajv-draft-04') as { default: typeof AjvDraft04Type.default }).default;

// Each rule, the fixture that triggers it, and the exact place it must be reported.
const CASES: [rule: string, path: string, file: string, line: number, column: number | undefined][] = [
  ['yaml-syntax', 'fixtures/lint/yaml-syntax', 'fixtures/lint/yaml-syntax/criteria/broken.yaml', 4, 1],
  ['schema', 'fixtures/criteria/invalid/wrong-type', 'fixtures/criteria/invalid/wrong-type/criteria/national-small-arms.yaml', 5, 8],
  ['unknown-key', 'fixtures/criteria/invalid/bad-operator', 'fixtures/criteria/invalid/bad-operator/criteria/national-small-arms.yaml', 10, 7],
  ['basis-format', 'fixtures/criteria/invalid/bad-basis', 'fixtures/criteria/invalid/bad-basis/criteria/national-small-arms.yaml', 5, 9],
  ['missing-question', 'fixtures/lint/missing-question', 'fixtures/lint/missing-question/criteria/national-check.yaml', 1, 1],
  ['missing-explanation', 'fixtures/lint/missing-explanation', 'fixtures/lint/missing-explanation/criteria/national-check.yaml', 9, 10],
  ['duplicate-id', 'fixtures/lint/duplicate-id', 'fixtures/lint/duplicate-id/criteria/national-check-b.yaml', 1, 5],
  ['unknown-field', 'fixtures/criteria/invalid/unknown-field', 'fixtures/criteria/invalid/unknown-field/criteria/national-small-arms.yaml', 9, 14],
  ['unknown-value', 'fixtures/lint/unknown-value', 'fixtures/lint/unknown-value/criteria/national-check.yaml', 7, 65],
  ['unknown-instrument', 'fixtures/lint/unknown-instrument', 'fixtures/lint/unknown-instrument/criteria/national-check.yaml', 8, 51],
  ['unknown-measure', 'fixtures/lint/unknown-measure', 'fixtures/lint/unknown-measure/criteria/national-check.yaml', 9, 5],
  ['unknown-level', 'fixtures/criteria/invalid/unknown-level', 'fixtures/criteria/invalid/unknown-level/criteria/national-small-arms.yaml', 8, 8],
  ['policy-unmapped', 'fixtures/lint/policy-unmapped', 'fixtures/lint/policy-unmapped/policy.yaml', 37, 18],
  ['extends-cycle', 'fixtures/criteria/cycle', 'fixtures/criteria/cycle/b/set.yaml', 4, 10],
  ['unknown-criterion', 'fixtures/lint/unknown-criterion', 'fixtures/lint/unknown-criterion/set.yaml', 7, 5],
  ['missing-policy', 'fixtures/lint/missing-policy', 'fixtures/lint/missing-policy/set.yaml', 1, 1],
  ['file-not-found', 'fixtures/lint/file-not-found', 'fixtures/lint/file-not-found/no-such-policy.yaml', 1, undefined],
  ['missing-source', 'fixtures/lint/context', 'fixtures/lint/context/states.yaml', 7, 9],
  ['missing-checked-on', 'fixtures/lint/context', 'fixtures/lint/context/states.yaml', 5, 5],
  ['embargo-expired', 'fixtures/lint/context', 'fixtures/lint/context/embargoes.yaml', 11, 12],
  ['unverified-entry', 'fixtures/lint/context', 'fixtures/lint/context/embargoes.yaml', 23, 15],
  ['unverified-checked', 'fixtures/lint/context', 'fixtures/lint/context/embargoes.yaml', 34, 17],
  ['unknown-risk-factor', 'fixtures/lint/unknown-risk-factor', 'fixtures/lint/unknown-risk-factor/criteria/national-check.yaml', 13, 48],
  ['condition-never', 'fixtures/lint/condition-never', 'fixtures/lint/condition-never/criteria/national-check.yaml', 7, 7],
  ['condition-always', 'fixtures/lint/condition-always', 'fixtures/lint/condition-always/criteria/national-check.yaml', 8, 8],
  ['unknown-placeholder', 'fixtures/lint/unknown-placeholder', 'fixtures/lint/unknown-placeholder/criteria/national-check.yaml', 10, 14],
  ['path-outside-root', 'fixtures/lint/path-outside-root', 'fixtures/lint/path-outside-root/set.yaml', 4, 9],
  ['reserved-key', 'fixtures/lint/reserved-key', 'fixtures/lint/reserved-key/criteria/national-check.yaml', 10, 1],
  ['duplicate-key', 'fixtures/lint/duplicate-key', 'fixtures/lint/duplicate-key/criteria/national-check.yaml', 10, 1],
  ['yaml-resources', 'fixtures/lint/yaml-resources', 'fixtures/lint/yaml-resources/criteria/national-check.yaml', 1, 1],
  ['file-unreadable', 'fixtures/lint/file-unreadable', 'fixtures/lint/file-unreadable/criteria/national-check.yaml', 3, undefined],
  ['internal-placeholder', 'fixtures/lint/internal-placeholder', 'fixtures/lint/internal-placeholder/criteria/national-check.yaml', 10, 14],
  ['id-file-mismatch', 'fixtures/lint/id-file-mismatch', 'fixtures/lint/id-file-mismatch/criteria/national-chek.yaml', 1, 5],
  ['screening-no-reason', 'fixtures/lint/screening-decisions', 'fixtures/lint/screening-decisions/screening-decisions.yaml', 3, 5],
  ['screening-expired', 'fixtures/lint/screening-decisions', 'fixtures/lint/screening-decisions/screening-decisions.yaml', 16, 14],
  ['screening-no-entry', 'fixtures/lint/screening-decisions', 'fixtures/lint/screening-decisions/screening-decisions.yaml', 18, 13],
  ['profile-stale', 'fixtures/lint/casework/profile', 'fixtures/lint/casework/profile/states.yaml', 8, 17],
  ['determination-no-reason', 'fixtures/lint/casework', 'fixtures/lint/casework/determinations.yaml', 4, 5],
  ['determination-expired', 'fixtures/lint/casework', 'fixtures/lint/casework/determinations.yaml', 12, 5],
  ['determination-orphaned', 'fixtures/lint/casework', 'fixtures/lint/casework/determinations.yaml', 21, 5],
  ['determination-protected-field', 'fixtures/lint/casework', 'fixtures/lint/casework/determinations.yaml', 30, 5],
  ['determination-invalid-value', 'fixtures/lint/casework', 'fixtures/lint/casework/determinations.yaml', 39, 5],
  ['determination-duplicate', 'fixtures/lint/casework', 'fixtures/lint/casework/determinations.yaml', 57, 5],
  ['determination-no-expiry', 'fixtures/lint/casework', 'fixtures/lint/casework/determinations.yaml', 66, 5],
  ['determination-no-sources', 'fixtures/lint/casework', 'fixtures/lint/casework/determinations.yaml', 74, 5],
  ['countersign-void', 'fixtures/lint/casework', 'fixtures/lint/casework/advice.yaml', 8, 3],
  ['countersign-self', 'fixtures/lint/casework', 'fixtures/lint/casework/advice.yaml', 14, 3],
];

describe('atra lint rules', () => {
  it('every rule has a fixture that triggers it', () => {
    expect(new Set(CASES.map(c => c[0]))).toEqual(new Set(LINT_RULES.map(r => r.code)));
  });

  // Several rules share a fixture folder: lint each folder once.
  const linted = new Map<string, ReturnType<typeof lintPaths>>();
  const lintOnce = (path: string): ReturnType<typeof lintPaths> => {
    if (!linted.has(path)) linted.set(path, lintPaths([path], TODAY));
    return linted.get(path)!;
  };

  it.each(CASES)('%s is reported at the exact line:col', async (rule, path, file, line, column) => {
    const { problems } = await lintOnce(path);
    const found = problems.find(p => p.code === rule && p.location?.file === file && p.location.line === line);
    expect(found, JSON.stringify(problems, null, 1)).toBeDefined();
    expect(found!.location).toEqual({ file, line, column });
    expect(found!.hint ?? '').not.toBe('');
  });

  it('the built-in criteria and context have no errors', async () => {
    const { problems, files } = await lintPaths(['criteria'], TODAY);
    expect(files.length).toBeGreaterThan(25);
    expect(problems.filter(p => p.severity === 'error')).toEqual([]);
    // Only entries that could not be verified, and mandates that ended without a re-check, are flagged;
    // some UN entries are not verified, so the lint does report them (it is not silent).
    expect(problems.map(p => p.code).filter(code => code !== 'unverified-entry' && code !== 'embargo-expired')).toEqual([]);
    expect(problems.map(p => p.code)).toContain('unverified-entry');
  });
});

describe('atra lint output formats', () => {
  const all = ['fixtures/lint', 'fixtures/criteria/invalid'];

  it('SARIF validates against the SARIF 2.1.0 schema', async () => {
    const result = await lintPaths(all, TODAY);
    const schema = JSON.parse(readFileSync('fixtures/sarif/sarif-2.1.0-rtm.5.json', 'utf8'));
    const ajv = new AjvDraft04({ strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const log = JSON.parse(renderLintSarif(result, '0.1.0'));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.length).toBe(result.problems.length);
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(LINT_RULES.map(r => r.code));
    // With the address of the published docs, every rule links its own page, which exists.
    const linked = JSON.parse(renderLintSarif(result, '0.1.0', 'https://example.org/atra/docs/codes/'));
    expect(validate(linked), JSON.stringify(validate.errors)).toBe(true);
    for (const rule of linked.runs[0].tool.driver.rules as { id: string; helpUri: string }[]) {
      expect(rule.helpUri).toBe(`https://example.org/atra/docs/codes/${rule.id}.md`);
      expect(existsSync(`docs/codes/${rule.id}.md`)).toBe(true);
    }
  });

  it('JUnit output of lint and test is well-formed XML', async () => {
    expect(XMLValidator.validate(renderLintJunit(await lintPaths(all, TODAY)))).toBe(true);
    expect(XMLValidator.validate(renderTestJunit(await runCaseFiles(['criteria'])))).toBe(true);
  });

  it('GitHub annotations carry file, line, column and the rule', async () => {
    const text = renderLintGithub(await lintPaths(['fixtures/lint/context'], TODAY));
    expect(text).toContain('::error file=fixtures/lint/context/states.yaml,line=7,col=9,title=atra missing-source::');
  });
});

describe('screening decisions against the EU lists', () => {
  it('accepts a decision on an entry of an EU list, which --criteria eu-cp screens against', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atra-eu-decisions-'));
    writeFileSync(
      join(dir, 'screening-decisions.yaml'),
      ['decisions:', '  - party: Jimmy Cheri Trading', '    listed: Jimmy Cherizier', '    embargo: eu-ht-2022', '    disposition: false-positive', '    officer: A. Example', '    date: 2026-03-10', '    reason: A trading company in XA, not the listed person; registry extract on file.', '    expires: 2027-03-10', ''].join('\n'),
    );
    const { problems } = await lintPaths([dir], TODAY);
    expect(problems.filter(p => p.code === 'screening-no-entry')).toEqual([]);
  });
});
