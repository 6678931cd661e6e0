import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { renderTemplate } from '../../src/engine/template.js';
import { RESERVED_KEYS } from '../../src/schema/index.js';
import { atra, crashed, record, scratch } from './helpers.js';

const dir = scratch();
let n = 0;

async function assessDate(date: string, ...args: string[]): Promise<{ results: unknown[]; errors: { message: string }[] }> {
  const path = join(dir, `d${n++}.ndjson`);
  writeFileSync(path, JSON.stringify(record({ date })));
  const run = await atra(['assess', path, '--format', 'json', '--assessed-at', '2026-11-22T00:00:00Z', ...args]);
  expect(crashed(run)).toBe(false);
  return JSON.parse(run.stdout) as { results: unknown[]; errors: { message: string }[] };
}

describe('dates outside the plausible range are errors', () => {
  it('property: any date before 1900 or more than a year after the assessment is an error; inside, it is assessed', async () => {
    const day = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map(d => d.toISOString().slice(0, 10)).filter(d => /^\d{4}-/.test(d));
    await fc.assert(
      fc.asyncProperty(day, async date => {
        const report = await assessDate(date);
        const plausible = date >= '1900-01-01' && date <= '2027-11-22';
        expect(report.results.length).toBe(plausible ? 1 : 0);
        if (!plausible) expect(report.errors[0]?.message).toContain('date-out-of-range');
      }),
      { numRuns: 25 },
    );
  });

  it('year 0 never skips the embargoes: it is an error', async () => {
    const report = await assessDate('0000-01-01');
    expect(report.errors[0]?.message).toContain('before 1900-01-01');
  });

  it('the range is a command-line setting', async () => {
    expect((await assessDate('1850-06-01', '--earliest-date', '1800-01-01')).results).toHaveLength(1);
    expect((await assessDate('2026-01-01', '--latest-date', '2025-12-31')).results).toHaveLength(0);
  });

  it.each([
    ['licence.date', { licence: { status: 'authorized', date: '0001-01-01' } }],
    ['shipments[0].date', { shipments: [{ date: '0001-01-01', items: [{ index: 0, quantity: 5 }] }] }],
    ['authorizations[0].date', { authorizations: [{ by: 'the Government of Lebanon', date: '0001-01-01' }] }],
    ['denials[0].date', { denials: [{ state: 'XF', date: '0001-01-01' }] }],
  ])('every date the record carries is checked: %s', async (path, extra) => {
    const file = join(dir, `nested${n++}.ndjson`);
    writeFileSync(file, JSON.stringify(record(extra)));
    const run = await atra(['assess', file, '--format', 'json', '--assessed-at', '2026-11-22T00:00:00Z']);
    expect(crashed(run)).toBe(false);
    const report = JSON.parse(run.stdout) as { results: unknown[]; errors: { message: string }[] };
    expect(report.results).toHaveLength(0);
    expect(report.errors[0]?.message).toContain(`${path}: 0001-01-01 is before 1900-01-01`);
  });
});

describe('--assessed-at and --today take ISO 8601 only', () => {
  const bad = ['yesterday', '2026-13-01', '2026-02-30', '22/11/2026', '2026-11-22 10:00', '1e9', '', '2026-11-22T10:00', '--', '2026-11-22T25:00:00Z'];
  it.each(bad)('%j is a usage error', async value => {
    const assess = await atra(['assess', 'fixtures/applications/01-approve.yaml', '--assessed-at', value]);
    expect(assess.code).toBe(2);
    expect(crashed(assess)).toBe(false);
    const lint = await atra(['lint', 'fixtures/lint/context', '--today', value]);
    expect(lint.code).toBe(2);
  });

  it.each(['2026-11-22', '2026-11-22T00:00:00Z', '2026-11-22T10:30:00.123+02:00'])('%s is accepted and kept as written', async value => {
    const run = await atra(['assess', 'fixtures/applications/01-approve.yaml', '--format', 'json', '--assessed-at', value]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).assessed_at).toBe(value);
  });
});

describe('template placeholders never print object internals', () => {
  it('property: any placeholder path through a reserved name prints (not stated)', () => {
    const segment = fc.oneof(fc.constantFrom(...RESERVED_KEYS), fc.constantFrom('end_user', 'embargo', 'name', 'items', '0'));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }).filter(path => path.some(s => RESERVED_KEYS.has(s))), path => {
        const text = renderTemplate(`[{{${path.join('.')}}}]`, { embargo: { basis: 'B' } }, { end_user: { name: 'N' }, items: [{ name: 'I' }] });
        expect(text).toBe('[(not stated)]');
      }),
    );
  });

  it('lint flags a placeholder naming an internal as an error', async () => {
    const run = await atra(['lint', 'fixtures/lint/internal-placeholder']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('internal-placeholder');
  });
});
