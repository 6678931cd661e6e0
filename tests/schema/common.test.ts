import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../src/schema/index.js';
import { TransferRecordSchema } from '../../src/schema/schemas.js';

/** The readable problems of a record whose importer and date are given. */
function problems(fields: Record<string, unknown>): { path: string; message: string; hint?: string | undefined }[] {
  const record = { id: 'A', date: '2026-03-01', items: [{ category: 'small-arms', class: 'arm' }], ...fields };
  const result = TransferRecordSchema.safeParse(record, { reportInput: true });
  if (result.success) return [];
  return describeIssues(TransferRecordSchema, result.error.issues).map(r => ({ path: r.path.join('.'), message: r.message, hint: r.hint }));
}

describe('dates', () => {
  it('an impossible calendar date is "not a real date", in one message', () => {
    const found = problems({ date: '2026-02-30' });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe('2026-02-30 is not a real date: February 2026 has 28 days');
    expect(problems({ date: '2028-02-29' })).toEqual([]);
    expect(problems({ date: '2026-13-01' })[0]?.message).toContain('there is no month 13');
  });

  it('a badly written date says how to write it, once and in atra\'s words', () => {
    const found = problems({ date: '1/3/2026' });
    expect(found).toEqual([{ path: 'date', message: 'expected a date written YYYY-MM-DD; got "1/3/2026"', hint: undefined }]);
  });
});

describe('country codes', () => {
  it.each([
    ['UK', 'GB'],
    ['EL', 'GR'],
    ['uk', 'GB'],
    ['ke', 'KE'],
    ['GBR', 'GB'],
    ['Kenya', 'KE'],
  ])('%s gets "did you mean %s"', (written, meant) => {
    const found = problems({ importer: { state: written } });
    expect(found).toHaveLength(1);
    expect(`${found[0]?.message} ${found[0]?.hint ?? ''}`).toContain(`did you mean "${meant}"?`);
    expect(found[0]?.message).not.toMatch(/Invalid string|must match pattern/);
  });

  it('a code with no plausible meaning gets the allowed forms and no guess', () => {
    const found = problems({ importer: { state: 'QQQQ' } });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('ISO 3166-1 alpha-2');
    expect(found[0]?.message).not.toContain('did you mean');
  });
});

describe('types in the record format\'s words, not zod\'s', () => {
  it('names the expected type plainly and says how to write the value', () => {
    const found = problems({ own_use_movement: 'no', items: [{ category: 'small-arms', class: 'arm', quantity: 2.5, flags: ['Cluster Munition'] }] });
    expect(found).toEqual([
      { path: 'own_use_movement', message: 'expected true or false; got text "no"', hint: 'write false without quotes' },
      { path: 'items.0.quantity', message: 'expected a whole number; got number 2.5', hint: 'write a whole number, e.g. 3' },
      { path: 'items.0.flags.0', message: 'expected lower-case words joined by hyphens; got "Cluster Munition" (write "cluster-munition")', hint: undefined },
    ]);
  });
});
