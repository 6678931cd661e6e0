import { beforeAll, describe, expect, it } from 'vitest';
import { assessRecord, type AssessmentContext, type CompiledCriteria } from '../../src/engine/index.js';
import { supplierOf } from '../../src/engine/unknowns.js';
import { TransferRecordSchema } from '../../src/schema/schemas.js';
import { trainingSetup } from '../helpers/training-setup.js';
import { CLEAN_EXPORT } from '../helpers/clean-export.js';

let compiled: CompiledCriteria;
let context: AssessmentContext;

beforeAll(async () => {
  ({ compiled, context } = await trainingSetup());
});

const clean = CLEAN_EXPORT;

function assess(record: Record<string, unknown>, ctx = context, asOf?: string) {
  const parsed = TransferRecordSchema.parse(record);
  return assessRecord(compiled, { record: parsed, origin: { file: 'u.yaml', line: 1 } }, ctx, { asOf });
}

/** The record with some fields left out: absent, not false. */
function without(record: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

const status = (result: ReturnType<typeof assess>, id: string) => result.findings.find(f => f.criterion === id)?.status;

describe('unknowns by who supplies the fact', () => {
  it('classes record fields as the applicant\'s, officer findings and context facts as the officer\'s', () => {
    expect(supplierOf('end_user.type')).toBe('applicant');
    expect(supplierOf('transit')).toBe('applicant');
    expect(supplierOf('officer.knowledge_6_3')).toBe('officer');
    expect(supplierOf('context profile for KE')).toBe('officer');
    expect(supplierOf('XB.treaties')).toBe('officer');
    expect(supplierOf('whether un-ss was renewed after 2026-05-31')).toBe('officer');
  });

  it('a rifle export with every fact known but no flags field is approved', () => {
    const result = assess(clean);
    expect(result.decision).toBe('approve');
    expect(status(result, 'att-6-2-apmbc-anti-personnel-mines')).toBe('not-applicable');
  });

  it('with no transit or brokers field it is approve-with-conditions, and the conditions are named', () => {
    const result = assess(without(clean, 'transit', 'brokers'));
    expect(result.decision).toBe('approve-with-conditions');
    expect(result.conditions.some(c => c.startsWith('Direct delivery'))).toBe(true);
    expect(result.conditions.some(c => c.startsWith('No broker'))).toBe(true);
    expect(result.tasks).toEqual([]);
  });

  it('ammunition without an end-user certificate, or through a refusing transit state, never comes out approve', () => {
    const ammunition = { ...clean, items: [{ category: 'small-arms', class: 'ammunition', quantity: 2_000_000 }] };
    expect(assess(without(ammunition, 'end_user_certificate')).decision).toBe('incomplete');
    expect(assess({ ...ammunition, transit: [{ state: 'XH', no_objection: false }] }).decision).toBe('incomplete');
    expect(assess({ ...ammunition, exporter: { state: 'XG' }, transit: [{ state: 'XH', no_objection: false }] }).decision).toBe('approve-with-conditions');
  });

  it('an application missing most facts is incomplete: officer checks wait for the applicant', () => {
    const result = assess({ id: 'U-2', date: '2026-03-14', items: [{ category: 'small-arms', class: 'arm' }] });
    expect(result.decision).toBe('incomplete');
  });
});

describe('embargo data and dates', () => {
  it('with no embargo data loaded, 6(1) is unknown for the officer, never clear', () => {
    const empty: AssessmentContext = { states: context.states, embargoes: [], embargoCoverage: new Set() };
    const result = assess({ ...clean, importer: { state: 'KP' }, end_user: { name: 'KPA', state: 'KP', type: 'armed-forces' } }, empty);
    expect(status(result, 'att-6-1-un-arms-embargo')).toBe('unknown');
    expect(result.decision).toBe('review');
  });

  it('--as-of assesses on another date and the result says which', () => {
    const toIran = { ...clean, importer: { state: 'IR', name: 'Iranian Defence Procurement' }, end_user: { name: 'Artesh', state: 'IR', type: 'armed-forces' }, items: [{ category: 'missiles', class: 'arm', quantity: 2, flags: [] }], date: '2025-06-01' };
    expect(status(assess(toIran), 'att-6-1-un-arms-embargo')).toBe('clear');
    const reassessed = assess(toIran, context, '2026-01-10');
    expect(reassessed.as_of).toBe('2026-01-10');
    expect(status(reassessed, 'att-6-1-un-arms-embargo')).toBe('triggered');
  });
});
