import { beforeAll, describe, expect, it } from 'vitest';
import { assessRecord, type AssessmentContext, type CompiledCriteria } from '../../src/engine/index.js';
import { TransferRecordSchema } from '../../src/schema/schemas.js';
import { trainingSetup } from '../helpers/training-setup.js';

let compiled: CompiledCriteria;
let context: AssessmentContext;

beforeAll(async () => {
  ({ compiled, context } = await trainingSetup());
});

const shells = (flags: string[]) => [{ category: 'large-calibre-artillery', class: 'ammunition', quantity: 100, flags }];

function explanationOf(record: Record<string, unknown>, criterion: string): string | undefined {
  const parsed = TransferRecordSchema.parse({
    id: 'E-1',
    date: '2026-03-14',
    exporter: { state: 'XA' },
    importer: { state: 'XB' },
    end_user: { name: 'Belmark Army', state: 'XB', type: 'armed-forces' },
    transit: [],
    brokers: [],
    ...record,
  });
  const result = assessRecord(compiled, { record: parsed, origin: { file: 'e.yaml', line: 1 } }, context);
  const finding = result.findings.find(f => f.criterion === criterion);
  expect(finding?.status).toBe('clear');
  return finding?.explanation;
}

describe('clear explanations say which condition held', () => {
  it('names the missing flag when that is why, and the treaty when that is why, never "A, or B"', () => {
    expect(explanationOf({ items: shells([]) }, 'att-6-2-ccm-cluster-munitions')).toBe('No item is flagged as a cluster munition.');
    expect(explanationOf({ exporter: { state: 'XG' }, items: shells(['cluster-munition']) }, 'att-6-2-ccm-cluster-munitions')).toMatch(/^Galwyn, the authorizing state, is not party to the Convention on Cluster Munitions/);
  });

  it('tells a direct delivery from a route with every non-objection', () => {
    const cartridges = [{ category: 'small-arms', class: 'ammunition', quantity: 10000 }];
    expect(explanationOf({ items: cartridges }, 'fp-10-2-b-transit-non-objection')).toBe('The delivery is direct: no transit state.');
    expect(explanationOf({ items: cartridges, transit: [{ state: 'XH', no_objection: true }] }, 'fp-10-2-b-transit-non-objection')).toBe('Every transit state has given written non-objection.');
  });

  it('tells a missing certificate from an authenticated one', () => {
    expect(explanationOf({ items: shells([]), end_user_certificate: { present: false } }, 'att-11-2-euc-authentication')).toMatch(/^No end-user certificate has been supplied/);
    expect(explanationOf({ items: shells([]), end_user_certificate: { present: true, authenticated: true } }, 'att-11-2-euc-authentication')).toBe('The end-user certificate has been authenticated.');
  });
});
