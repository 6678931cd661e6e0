import { beforeAll, describe, expect, it } from 'vitest';
import { assessRecord, type AssessmentContext, type CompiledCriteria } from '../../src/engine/index.js';
import { TransferRecordSchema } from '../../src/schema/schemas.js';
import { trainingSetup } from '../helpers/training-setup.js';
import { CLEAN_EXPORT } from '../helpers/clean-export.js';

let compiled: CompiledCriteria;
let context: AssessmentContext;

beforeAll(async () => {
  ({ compiled, context } = await trainingSetup());
});

const toSomalia = (type: string) =>
  TransferRecordSchema.parse({ ...CLEAN_EXPORT, importer: { state: 'SO', name: 'Ministry of Defence of Somalia' }, end_user: { name: 'Somali National Army', state: 'SO', type } });

describe('a UN embargo cleared through an exemption', () => {
  it('names the embargo and the exemption relied on in the clear finding\'s evidence', () => {
    const finding = assessRecord(compiled, { record: toSomalia('armed-forces'), origin: { file: 's.yaml', line: 1 } }, context).findings.find(f => f.criterion === 'att-6-1-un-arms-embargo');
    expect(finding?.status).toBe('clear');
    expect(finding?.explanation).toContain('the exemption relied on is shown below');
    expect(finding?.evidence.find(f => f.fact === 'exemption from un-so-2023')?.value).toMatch(/^armed-forces end users are exempt \(UNSCR 2713 \(2023\) para 4/);
  });

  it('names no exemption where none applies', () => {
    const finding = assessRecord(compiled, { record: TransferRecordSchema.parse(CLEAN_EXPORT), origin: { file: 'c.yaml', line: 1 } }, context).findings.find(f => f.criterion === 'att-6-1-un-arms-embargo');
    expect(finding?.status).toBe('clear');
    expect(finding?.evidence.some(f => f.fact.startsWith('exemption from'))).toBe(false);
  });
});
