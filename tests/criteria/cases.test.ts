import { describe, expect, it } from 'vitest';
import { runCaseFiles } from '../../src/usecases/cases.js';

// The built-in criteria's own cases: the same files `atra test criteria/` runs.
const run = await runCaseFiles(['criteria']);

describe('built-in criteria cases', () => {
  it('loads without diagnostics and finds cases', () => {
    expect(run.diagnostics).toEqual([]);
    expect(run.cases.length).toBeGreaterThan(40);
  });

  it.each(run.cases.map(c => [`${c.file}:${c.line} ${c.name}`, c] as const))('%s', (_, result) => {
    expect(result.differences).toEqual([]);
  });

  it('every criterion is triggered by one case and cleared by another', () => {
    expect(run.gaps).toEqual([]);
    expect(run.coverage.length).toBeGreaterThanOrEqual(22);
  });
});
