import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIVITIES, END_USER_TYPES, EUC_ISSUERS, ITEM_CATEGORIES, ITEM_CLASSES, LICENCE_STATUSES, SALW_SUBCATEGORIES, fastRecord } from '../../src/schema/index.js';
import { TransferRecordSchema } from '../../src/schema/schemas.js';

// Mostly valid values, with near misses now and then, so that the corpus holds both accepted and
// rejected records (each field has its own small chance of being wrong).
const mostly = <T>(valid: readonly T[], wrong: readonly unknown[]): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 60 }, { arbitrary: fc.constantFrom(...wrong), weight: 1 });
const state = mostly(['XB', 'KP', 'KE', 'QM', 'ZZ', 'AA'], ['xb', 'XXX', 'JX', 'EU', '', 4]);
const date = mostly(['2026-03-14', '2024-02-29', '0000-02-29', '2000-02-29'], ['2023-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '1900-02-29', '2026-3-14', '2026-04-31', '', 20260314]);
const text = mostly(['Belmark Army', 'x', ' '], ['', null]);
const kebab = mostly(['end-use-monitoring', 'cluster-munition', 'a1'], ['Bad Measure', 'a--b', '-a', '']);
const num = mostly([1, 5000, 0.5, 3], [0, -1, 1e20, '3']);
const bool = mostly([true, false], ['yes', 1, null]);
const item = fc.record(
  {
    category: mostly(ITEM_CATEGORIES, ['tanks']),
    class: mostly(ITEM_CLASSES, ['arms']),
    description: text,
    quantity: num,
    value_usd: num,
    flags: fc.array(kebab, { maxLength: 2 }),
    salw_subcategory: mostly(SALW_SUBCATEGORIES, ['pistol', '']),
  },
  { requiredKeys: ['category', 'class'] },
);
const raw = fc.record(
  {
    id: mostly(['APP-1', 'x', ' APP-2\u200b ', 'Cafe\u0301  7'], ['', 7, ' \u200b ']),
    date,
    activity: mostly(ACTIVITIES, ['exports']),
    authorizing_state: state,
    own_use_movement: bool,
    exporter: fc.record({ state, name: text }, { requiredKeys: [] }),
    importer: fc.record({ state, name: text }, { requiredKeys: [] }),
    end_user: fc.record({ name: text, state, type: mostly(END_USER_TYPES, ['army']) }, { requiredKeys: [] }),
    end_use: text,
    items: fc.array(item, { minLength: 1, maxLength: 3 }),
    transit: fc.array(fc.record({ state, no_objection: bool }, { requiredKeys: [] }), { maxLength: 2 }),
    brokers: fc.array(fc.record({ name: text, state, registered: bool }, { requiredKeys: [] }), { maxLength: 2 }),
    end_user_certificate: fc.record({ present: bool, issuer: mostly(EUC_ISSUERS, ['ngo']), authenticated: bool, non_reexport_clause: bool, delivery_verification: bool }, { requiredKeys: [] }),
    import_authorization: fc.record({ present: bool, reference: text }, { requiredKeys: [] }),
    authorizations: fc.array(fc.record({ by: text, reference: text, date }, { requiredKeys: [] }), { maxLength: 2 }),
    mitigations: fc.array(fc.record({ measure: kebab, agreed: bool, description: text }, { requiredKeys: [] }), { maxLength: 2 }),
    denials: fc.array(fc.record({ state, date, reference: text, essentially_identical: bool }, { requiredKeys: [] }), { maxLength: 2 }),
    officer: fc.record({ knowledge_6_3: bool, national_security_risk: bool, development_concern: bool, internal_conflict_risk: bool, aggression_risk: bool, notes: text }, { requiredKeys: [] }),
    licence: fc.record({ status: mostly(LICENCE_STATUSES, ['granted']), date, reference: text }, { requiredKeys: ['status', 'date'] }),
    shipments: fc.array(
      fc.record({ date, items: fc.array(fc.record({ index: mostly([0, 2], [-1, 0.5]), quantity: mostly([0, 7], [-3]), value_usd: num }, { requiredKeys: ['index'] }), { minLength: 1, maxLength: 2 }) }, { requiredKeys: ['date', 'items'] }),
      { maxLength: 2 },
    ),
    exclude_from_statistics: fc.record({ reason: text }, { requiredKeys: ['reason'] }),
  },
  { requiredKeys: ['id', 'date', 'items'] },
);
// Now and then: an unknown key, a list where an object belongs, or not an object at all.
const corpus = fc.oneof(
  { arbitrary: raw, weight: 8 },
  { arbitrary: fc.tuple(raw, fc.constantFrom('extra', 'Items', '__proto__')).map(([r, key]) => JSON.parse(JSON.stringify({ ...r, [key]: 1 }).replace('"[extra]"', '')) as unknown), weight: 1 },
  { arbitrary: fc.constantFrom<unknown>(null, [], 'record', 3, { items: {} }, JSON.parse('{"__proto__": {"id": "x"}}')), weight: 1 },
);

describe('the compiled record validator', () => {
  it('accepts exactly what zod accepts, and gives the same record, keys in the same order', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(corpus, value => {
        const input = JSON.parse(JSON.stringify(value) ?? 'null') as unknown;
        const zod = TransferRecordSchema.safeParse(input);
        const fast = fastRecord(input);
        expect(fast !== undefined).toBe(zod.success);
        if (!zod.success) rejected++;
        if (zod.success) {
          accepted++;
          expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
        }
      }),
      // 6,000 runs (about a second) accept some 800 records and reject some 5,000; the seed keeps them the same runs.
      { numRuns: 6000, seed: 20261123 },
    );
    expect(accepted).toBeGreaterThan(500);
    expect(rejected).toBeGreaterThan(2000);
  });
});
