import { describe, expect, it } from 'vitest';
import { autoJobs } from '../../src/batch/batch.js';

const MB = 1 << 20;

describe('--jobs auto', () => {
  it('stays on the main thread for small inputs and single cores', () => {
    expect(autoJobs(3 * MB, 8, 0)).toBe(0);
    expect(autoJobs(100 * MB, 1, 0)).toBe(0);
  });

  it('uses one worker per idle core for large inputs', () => {
    expect(autoJobs(100 * MB, 2, 0.1)).toBe(2);
    expect(autoJobs(100 * MB, 8, 4.2)).toBe(4);
  });

  it('uses no workers on a machine already busy, where they would only add cost', () => {
    expect(autoJobs(100 * MB, 2, 1.2)).toBe(0);
    expect(autoJobs(100 * MB, 2, 11)).toBe(0);
  });
});
