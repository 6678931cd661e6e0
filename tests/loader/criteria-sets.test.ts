import { describe, expect, it } from 'vitest';
import { loadCriteriaSets } from '../../src/loader/criteria-sets.js';
import { runInProcess } from '../helpers/run-cli.js';

const MULTI = 'fixtures/criteria/multi';
const CHECK = `${MULTI}/national/criteria/national-check.yaml`;

describe('several criteria sets', () => {
  it('each set compiles on its own', async () => {
    for (const set of ['national', 'regional']) {
      const loaded = await loadCriteriaSets([`${MULTI}/${set}`]);
      expect(loaded.diagnostics).toEqual([]);
      expect(loaded.compiled).toBeDefined();
    }
  });

  it('a problem of the merged set keeps the line and column of the criterion it is about', async () => {
    // The last set's policy decides, and it does not define the first set's level.
    const loaded = await loadCriteriaSets([`${MULTI}/national`, `${MULTI}/regional`]);
    expect(loaded.compiled).toBeUndefined();
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ code: 'unknown-level', path: 'level', location: { file: CHECK, line: 8, column: 8 } }),
    ]);
  });

  it('assess prints that position', async () => {
    const run = await runInProcess(['assess', 'fixtures/applications/01-approve.yaml', '--criteria', `${MULTI}/national`, '--criteria', `${MULTI}/regional`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${CHECK}:8:8  error  unknown-level  level: level "national-concern" is not defined by policy att-baseline-policy`);
  });

  it('in the other order the merged set compiles, with both sets\' criteria', async () => {
    const loaded = await loadCriteriaSets([`${MULTI}/regional`, `${MULTI}/national`]);
    expect(loaded.diagnostics).toEqual([]);
    const ids = loaded.compiled!.criteria.map(c => c.criterion.id);
    expect(ids).toEqual(expect.arrayContaining(['regional-check', 'national-check', 'att-6-1-un-arms-embargo']));
  });
});
