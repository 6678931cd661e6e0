import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ARMED_CONFLICT, ATT_STATUSES, ELEMENT_FIELD_PATHS, EMBARGO_AUTHORITIES, EMBARGO_ROLES, EMBARGO_SCOPES, END_USER_TYPES, FINDING_KINDS, ITEM_CATEGORIES, RECORD_FIELD_PATHS, RECORD_LISTS, STATE_ROLES, type Condition, type TransferRecord } from '../../src/schema/index.js';
import { ConditionSchema, EmbargoSchema, StateProfileSchema } from '../../src/schema/schemas.js';
import { assessRecord, type AssessmentContext, type CompiledCriteria, type Env } from '../../src/engine/index.js';
import { compileCondition } from '../../src/engine/compile-condition.js';
import { Evidence } from '../../src/engine/evidence.js';
import { loadSetup } from '../../src/loader/setup.js';
import { opt, transferRecordArb } from '../helpers/arbitraries.js';

// Compact mode decides without a sink (junctions short-circuit); full mode explains with one. The two
// must agree on every truth value, for every operator, on any criteria and any record.

const STATES = ['XB', 'XJ', 'XF', 'KP', 'CD'] as const;
const DATES = ['2015-06-01', '2020-01-01', '2024-12-31', '2026-03-14', '2027-01-01'] as const;
const NAMES = ['Belmark Army', 'Broker FZE', 'Red Hand', 'Acme Ltd'] as const;
const TREATIES = ['att', 'cluster-munitions', 'ottawa'] as const;

const sub = <T>(values: readonly T[]): fc.Arbitrary<T[]> => fc.subarray([...values], { minLength: 1 });
const state = fc.constantFrom(...STATES);

const recordArb: fc.Arbitrary<TransferRecord> = transferRecordArb({ states: STATES, dates: DATES, names: NAMES });

const findingArb = fc.record({
  kind: fc.constantFrom(...FINDING_KINDS),
  actor_type: opt(fc.constantFrom(...END_USER_TYPES)),
  actor: opt(fc.constantFrom(...NAMES)),
  date: fc.constantFrom(...DATES),
  addressed: opt(fc.boolean()),
});

const profileArb = fc
  .record({
    att: opt(fc.constantFrom(...ATT_STATUSES)),
    treaties: opt(fc.subarray([...TREATIES])),
    armed_conflict: opt(fc.constantFrom(...ARMED_CONFLICT)),
    findings: opt(fc.array(findingArb, { maxLength: 3 })),
  })
  .map(raw => StateProfileSchema.parse(JSON.parse(JSON.stringify(raw))));

const embargoArb = fc
  .record({
    id: fc.constantFrom('e-one', 'e-two', 'e-three'),
    authority: fc.constantFrom(...EMBARGO_AUTHORITIES),
    basis: fc.constant('UNSCR 0000 (2000)'),
    target: fc.oneof(fc.constant('any'), state),
    scope: fc.constantFrom(...EMBARGO_SCOPES),
    listed: fc.subarray([...NAMES]),
    categories: fc.oneof(fc.constant('all' as const), sub(ITEM_CATEGORIES)),
    exempt_end_user_types: fc.subarray([...END_USER_TYPES]),
    exempt_if_authorized_by: opt(fc.constant(['UNIFIL', 'the Government of Lebanon'])),
    review_when: opt(fc.array(fc.record({ state, end_user_types: opt(sub(END_USER_TYPES)), reason: fc.constant('control by listed persons') }), { minLength: 1, maxLength: 2 })),
    directions: sub(['to', 'from'] as const),
    region: opt(fc.constant('Darfur')),
    from: fc.constantFrom(...DATES),
    until: fc.oneof(fc.constant(null), fc.constantFrom(...DATES)),
    checked_on: opt(fc.constantFrom(...DATES)),
    ended: opt(fc.boolean()),
  })
  .map(raw => EmbargoSchema.parse(JSON.parse(JSON.stringify(raw))));

const contextArb: fc.Arbitrary<AssessmentContext> = fc
  .record({
    profiles: fc.array(fc.tuple(state, profileArb), { maxLength: 5 }),
    embargoes: fc.array(embargoArb, { maxLength: 4 }),
    coverage: opt(fc.subarray([...EMBARGO_AUTHORITIES])),
  })
  .map(({ profiles, embargoes, coverage }) => ({
    states: new Map(profiles.map(([code, profile]) => [code, { code, profile, origin: `states.yaml:${code}`, findingOrigins: (profile.findings ?? []).map((_, i) => `states.yaml:${code}:${i}`) }])),
    embargoes: embargoes.map((embargo, i) => ({ embargo, origin: `embargoes.yaml:${i + 1}` })),
    embargoCoverage: coverage ? new Set<string>(coverage) : undefined,
  }));

const scalar = fc.oneof(fc.constantFrom<string | number | boolean>(...STATES, ...END_USER_TYPES, ...ITEM_CATEGORIES, 'export', 0, 100, true, false));

/** A field test on a record path, or on a list element's path inside `some`/`every`. */
function fieldArb(paths: readonly string[]): fc.Arbitrary<Condition> {
  const field = fc.constantFrom(...paths);
  return fc.oneof(
    fc.record({ field, equals: scalar }),
    fc.record({ field, in: fc.array(scalar, { minLength: 1, maxLength: 3 }) }),
    fc.record({ field, not_in: fc.array(scalar, { minLength: 1, maxLength: 3 }) }),
    fc.record({ field, present: fc.boolean() }),
    fc.record({ field, contains: fc.constantFrom('cluster-munition', 'anti-personnel-mine') }),
    fc.record({ field, at_least: fc.integer({ min: 0, max: 5000 }) }),
    fc.record({ field, at_most: fc.integer({ min: 0, max: 5000 }) }),
    fc.record({ field, within_years: fc.integer({ min: 1, max: 10 }) }),
  );
}

const leafArb: fc.Arbitrary<Condition> = fc.oneof(
  fieldArb(RECORD_FIELD_PATHS),
  fc.record({ embargo: fc.record({ authority: opt(sub(EMBARGO_AUTHORITIES)), parties: opt(sub(EMBARGO_ROLES)) }) }),
  fc.record({
    finding: fc.record({
      state: opt(fc.constantFrom(...STATE_ROLES)),
      kinds: sub(FINDING_KINDS),
      within_years: opt(fc.integer({ min: 1, max: 10 })),
      unaddressed: opt(fc.boolean()),
      about_end_user_type: opt(fc.boolean()),
      same_actor: opt(fc.boolean()),
    }),
  }),
  fc.record({ party_to: fc.oneof(fc.record({ state: fc.constantFrom(...STATE_ROLES), instrument: fc.constantFrom(...TREATIES) }), fc.record({ state: fc.constantFrom(...STATE_ROLES), any_of: sub(TREATIES) })) }),
  // The schema admits only the values each profile field can take, and only the certificate's yes/no properties.
  fc.record({ profile: fc.record({ state: fc.constantFrom(...STATE_ROLES), field: fc.constant('att' as const), in: sub([...ATT_STATUSES]) }) }),
  fc.record({ profile: fc.record({ state: fc.constantFrom(...STATE_ROLES), field: fc.constant('armed_conflict' as const), in: sub([...ARMED_CONFLICT]) }) }),
  fc.record({ document: fc.record({ name: fc.constant('end_user_certificate' as const), has: sub(['present', 'authenticated', 'non_reexport_clause', 'delivery_verification']) }) }),
);

const conditionArb: fc.Arbitrary<Condition> = fc
  .letrec<{ node: Condition }>(tie => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leafArb,
      fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('node') }),
      fc.constantFrom(...RECORD_LISTS).chain(list =>
        fc.oneof(
          fc.record({ some: fc.constant(list), where: fc.oneof(fieldArb(ELEMENT_FIELD_PATHS[list]), tie('node')) }),
          fc.record({ every: fc.constant(list), where: fc.oneof(fieldArb(ELEMENT_FIELD_PATHS[list]), tie('node')) }),
        ),
      ),
    ),
  }))
  .node.map(raw => ConditionSchema.parse(JSON.parse(JSON.stringify(raw))));

function envOf(record: TransferRecord, context: AssessmentContext): Env {
  return { record, context, origin: { file: 'p.ndjson', line: 1 }, asOf: record.date, items: record.items.map((value, index) => ({ value, index, scope: 0 })) };
}

/** Every operator name the generated conditions used, to show the generator reaches them all. */
function operatorsOf(condition: Condition, out: Set<string>): Set<string> {
  for (const key of Object.keys(condition)) out.add(key);
  if ('all' in condition) condition.all.forEach(c => operatorsOf(c, out));
  if ('any' in condition) condition.any.forEach(c => operatorsOf(c, out));
  if ('not' in condition) operatorsOf(condition.not, out);
  if ('where' in condition) operatorsOf(condition.where, out);
  return out;
}

describe('one evaluator, two modes', () => {
  it('decides the same with and without an evidence sink, for every operator', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(conditionArb, recordArb, contextArb, (condition, record, context) => {
        operatorsOf(condition, seen);
        const evaluate = compileCondition(condition);
        const env = envOf(record, context);
        const sink = new Evidence();
        const full = evaluate(env, sink);
        expect(evaluate(env)).toBe(full);
        // An unknown answer always says what is missing.
        if (full === 'unknown') expect(sink.missing.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500, seed: 20261123 },
    );
    for (const name of ['all', 'any', 'not', 'some', 'every', 'field', 'equals', 'in', 'not_in', 'present', 'contains', 'at_least', 'at_most', 'within_years', 'embargo', 'finding', 'party_to', 'profile', 'document']) {
      expect(seen, name).toContain(name);
    }
  });

  describe('on the built-in criteria', () => {
    let compiled: CompiledCriteria;
    beforeAll(async () => {
      const { setup } = await loadSetup(['att'], [], true);
      compiled = setup!.compiled;
    });

    it('compact and full reports agree on every status, level, decision and condition', () => {
      fc.assert(
        fc.property(recordArb, contextArb, fc.option(fc.constantFrom(...DATES), { nil: undefined }), (record, context, asOf) => {
          const input = { record, origin: { file: 'p.ndjson', line: 1 } };
          const full = assessRecord(compiled, input, context, { detail: 'full', asOf });
          const compact = assessRecord(compiled, input, context, { detail: 'compact', asOf });
          expect(compact.decision).toBe(full.decision);
          expect(compact.decided_by).toEqual(full.decided_by);
          expect(compact.conditions).toEqual(full.conditions);
          expect(compact.tasks).toEqual(full.tasks);
          expect(compact.findings.map(f => [f.criterion, f.status])).toEqual(full.findings.map(f => [f.criterion, f.status]));
          full.findings.forEach((f, i) => {
            if (f.status === 'clear' || f.status === 'not-applicable') return;
            // What compact prints is what full prints.
            expect(compact.findings[i]).toEqual(f);
          });
        }),
        { numRuns: 400, seed: 20261123 },
      );
    });
  });
});
