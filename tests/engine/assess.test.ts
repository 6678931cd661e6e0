import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSetup } from '../../src/loader/setup.js';
import { assessRecord, type AssessmentContext, type CompiledCriteria } from '../../src/engine/index.js';
import { type Embargo } from '../../src/schema/index.js';
import { TransferRecordSchema } from '../../src/schema/schemas.js';
import { trainingSetup } from '../helpers/training-setup.js';
import { makeRecord, rng } from '../../bench/generate.js';

let compiled: CompiledCriteria;
let context: AssessmentContext;

beforeAll(async () => {
  ({ compiled, context } = await trainingSetup());
});

const base = {
  id: 'T-1',
  date: '2026-03-14',
  own_use_movement: false,
  exporter: { state: 'XA' },
  importer: { state: 'XB' },
  end_user: { name: 'Belmark Army', state: 'XB', type: 'armed-forces' },
  items: [{ category: 'small-arms', class: 'arm', flags: [] }],
  transit: [],
  brokers: [],
  end_user_certificate: { present: true, authenticated: true, non_reexport_clause: true, delivery_verification: true },
  officer: { knowledge_6_3: false },
};

function assess(overrides: Record<string, unknown>, ctx: AssessmentContext = context) {
  const record = TransferRecordSchema.parse({ ...base, ...overrides });
  return assessRecord(compiled, { record, origin: { file: 'test.yaml', line: 1 } }, ctx);
}

function status(result: ReturnType<typeof assess>, id: string) {
  return result.findings.find(f => f.criterion === id)?.status;
}

describe('assessRecord', () => {
  it('is deterministic: a fresh compile, other records in between, another order and another clock give the same results', async () => {
    const random = rng(11);
    const inputs = Array.from({ length: 120 }, (_, i) => ({ record: TransferRecordSchema.parse(makeRecord(random, i)), origin: { file: 'gen', line: i + 1 } }));
    const first = inputs.map(input => assessRecord(compiled, input, context));
    // A second compile of the same files, fed the records backwards at another date: no cache, order or clock may leak in.
    const { setup } = await loadSetup(['att'], ['training'], true);
    vi.useFakeTimers({ now: new Date('2041-07-01T00:00:00Z') });
    try {
      const again = [...inputs].reverse().map(input => assessRecord(setup!.compiled, input, setup!.context)).reverse();
      expect(again).toEqual(first);
    } finally {
      vi.useRealTimers();
    }
    expect(new Set(first.map(r => r.decision)).size, 'the records reach several decisions').toBeGreaterThan(3);
  });

  it('a missing fact is unknown, never clear', () => {
    const result = assess({ end_user: { name: 'Belmark Army', state: 'XB' } });
    expect(status(result, 'att-11-2-end-user-identified')).toBe('unknown');
    expect(result.decision).not.toBe('approve');
  });

  it('cites the record position and the context entry as evidence', () => {
    const result = assess({ importer: { state: 'KP' }, end_user: { name: 'KPA', state: 'KP', type: 'armed-forces' } });
    const finding = result.findings.find(f => f.criterion === 'att-6-1-un-arms-embargo')!;
    expect(finding.status).toBe('triggered');
    expect(finding.evidence.map(e => e.fact)).toContain('embargo un-kp');
    expect(finding.evidence.find(e => e.fact === 'embargo un-kp')!.source).toMatch(/embargoes\.yaml:\d+:\d+$/);
  });

  it('an embargo past its end date is unknown until re-checked, and lapsed once checked', () => {
    const embargo: Embargo = {
      id: 'test-xz', authority: 'UN', basis: 'UNSCR 1 (2020)', target: 'XZ', scope: 'all', listed: [], categories: 'all',
      exempt_end_user_types: [], directions: ['to'], from: '2020-01-01', until: '2026-01-01', checked_on: '2025-06-01',
    };
    const withEmbargo = (e: Embargo): AssessmentContext => ({ states: context.states, embargoes: [{ embargo: e, origin: 'test:1' }] });
    const record = { importer: { state: 'XZ' }, end_user: { name: 'X', state: 'XZ', type: 'armed-forces' } };
    expect(status(assess(record, withEmbargo(embargo)), 'att-6-1-un-arms-embargo')).toBe('unknown');
    expect(status(assess(record, withEmbargo({ ...embargo, checked_on: '2026-02-01' })), 'att-6-1-un-arms-embargo')).toBe('clear');
    expect(status(assess({ ...record, date: '2025-12-31' }, withEmbargo(embargo)), 'att-6-1-un-arms-embargo')).toBe('triggered');
  });

  it('findings dated after the application are ignored: the assessment is as of its date', () => {
    const result = assess({ date: '2024-01-01', importer: { state: 'XR' }, end_user: { name: 'CAF', state: 'XR', type: 'armed-forces' } });
    expect(status(result, 'att-7-1-b-i-ihl')).toBe('clear');
    expect(status(result, 'att-7-4-gender-based-violence')).toBe('clear');
  });

  it('compact and full detail agree on every criterion of 600 varied records', () => {
    const random = rng(7);
    for (let i = 0; i < 600; i++) {
      const record = TransferRecordSchema.parse(makeRecord(random, i));
      const input = { record, origin: { file: 'gen', line: i + 1 } };
      const full = assessRecord(compiled, input, context, { detail: 'full' });
      const compact = assessRecord(compiled, input, context, { detail: 'compact' });
      expect(compact.decision).toBe(full.decision);
      expect(compact.findings.map(f => `${f.criterion}=${f.status}`)).toEqual(full.findings.map(f => `${f.criterion}=${f.status}`));
      for (const f of compact.findings.filter(f => f.status === 'triggered' || f.status === 'unknown')) {
        expect(f).toEqual(full.findings.find(g => g.criterion === f.criterion));
      }
    }
  });

  it('lists the officer tasks for what is unknown', () => {
    const result = assess({ officer: undefined });
    expect(result.tasks.join('\n')).toContain('ATT 6(3)');
  });
});
