import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/lint/lint.js';
import { runInProcess } from '../helpers/run-cli.js';

describe('lint reports every problem in one run', () => {
  it('a load error in one criterion does not hide a compile error or a warning in the others', async () => {
    const { problems } = await lintPaths(['fixtures/lint/all-at-once'], '2026-11-22');
    expect(problems.map(p => p.code).sort()).toEqual(['id-file-mismatch', 'unknown-field', 'unknown-key']);
  });
});

describe('lint and test name the same problem the same way', () => {
  it('a misspelt key in a case file is unknown-key for both', async () => {
    const lint = await runInProcess(['lint', 'fixtures/cases/typo']);
    const test = await runInProcess(['test', 'fixtures/cases/typo']);
    expect(lint.stdout).toMatch(/typo\.cases\.yaml:5:5 +error +unknown-key/);
    expect(test.stderr).toMatch(/typo\.cases\.yaml:5:5 +error +unknown-key/);
    expect(lint.code).toBe(1);
    expect(test.code).toBe(2);
  });
});
