import { beforeAll, describe, expect, it } from 'vitest';
import { assessRecord, type AssessmentContext, type CompiledCriteria, type RecordResult } from '../../src/engine/index.js';
import { type TransferRecord } from '../../src/schema/index.js';
import { TransferRecordSchema } from '../../src/schema/schemas.js';
import { trainingSetup } from '../helpers/training-setup.js';
import { CLEAN_EXPORT } from '../helpers/clean-export.js';

let compiled: CompiledCriteria;
let context: AssessmentContext;

beforeAll(async () => {
  ({ compiled, context } = await trainingSetup());
});

const clean = CLEAN_EXPORT;

const assess = (record: TransferRecord): RecordResult => assessRecord(compiled, { record, origin: { file: 'l.yaml', line: 1 } }, context);
const embargo = (result: RecordResult) => result.findings.find(f => f.criterion === 'att-6-1-un-arms-embargo');

describe('the parties screened by the listed-embargo check', () => {
  it('screens the record as it is at each assessment, even when a library caller changed it in place', () => {
    const record = TransferRecordSchema.parse(clean);
    expect(embargo(assess(record))?.status).toBe('clear');
    (record.end_user as { name?: string }).name = 'Al-Shabaab';
    const again = assess(record);
    expect(embargo(again)?.status).toBe('triggered');
    expect(again.decision).toBe('prohibited');
  });

  it('asks for the name of a foreign supplier on an import, but not of the applicant on an export', () => {
    const unnamedImport = TransferRecordSchema.parse({ ...clean, activity: 'import', exporter: { state: 'XB' }, importer: { state: 'XA', name: 'Aldorian Ministry of Defence' }, end_user: { name: 'Aldorian Army', state: 'XA', type: 'armed-forces' } });
    const finding = embargo(assess(unnamedImport));
    expect(finding?.status).toBe('unknown');
    expect(finding?.missing).toContain('exporter.name');
    const unnamedExport = TransferRecordSchema.parse({ ...clean, exporter: { state: 'XA' } });
    expect(embargo(assess(unnamedExport))?.status).toBe('clear');
  });

  it('asks for the name of an importer or broker stated without one, except an own-use movement\'s importer', () => {
    const noImporterName = assess(TransferRecordSchema.parse({ ...clean, importer: { state: 'XB' } }));
    expect(embargo(noImporterName)?.missing).toContain('importer.name');
    expect(noImporterName.decision).toBe('incomplete');
    const noBrokerName = assess(TransferRecordSchema.parse({ ...clean, brokers: [{ state: 'XB', registered: true }] }));
    expect(embargo(noBrokerName)?.missing).toContain('brokers[0].name');
    const ownUse = assess(TransferRecordSchema.parse({ ...clean, own_use_movement: true, importer: { state: 'XB' } }));
    expect(ownUse.findings.flatMap(f => f.missing ?? [])).not.toContain('importer.name');
  });
});
