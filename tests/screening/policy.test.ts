import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/loader/criteria.js';
import { compileCriteria } from '../../src/engine/index.js';
import { PolicySchema } from '../../src/schema/schemas.js';

describe('the policy screening block', () => {
  it('is optional, so a policy written before screening still loads', async () => {
    const { bundle } = await loadCriteria('att');
    const older = { ...bundle!.policy };
    delete older.screening;
    expect(PolicySchema.safeParse(older).success).toBe(true);
    expect(compileCriteria({ ...bundle!, policy: older }).problems).toEqual([]);
  });

  it('takes its thresholds from the att policy', async () => {
    const { bundle } = await loadCriteria('att');
    expect(bundle!.policy.screening).toEqual({ strong: 0.91, possible: 0.66, possible_level: 'officer-finding' });
  });

  it('rejects a possible threshold above the strong one, and a possible_level the policy does not define', async () => {
    const { bundle } = await loadCriteria('att');
    const policy = bundle!.policy;
    expect(PolicySchema.safeParse({ ...policy, screening: { strong: 0.7, possible: 0.8 } }).success).toBe(false);
    const { problems } = compileCriteria({ ...bundle!, policy: { ...policy, screening: { strong: 0.9, possible: 0.7, possible_level: 'officer-findings' } } });
    expect(problems.map(p => [p.code, p.path.join('.')])).toEqual([['policy-unmapped', 'screening.possible_level']]);
  });
});
