import fc from 'fast-check';
import { ACTIVITIES, END_USER_TYPES, ITEM_CATEGORIES, ITEM_CLASSES, type TransferRecord } from '../../src/schema/index.js';
import { TransferRecordSchema } from '../../src/schema/schemas.js';

/** An optional value: sometimes absent (unknown), never `null`. */
export const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/** The vocabulary a generated record draws from: states, dates, party names and the id. */
export interface RecordVocabulary {
  readonly states: readonly string[];
  readonly dates: readonly string[];
  readonly names: readonly string[];
  readonly id?: fc.Arbitrary<string>;
}

/**
 * Transfer records over a small vocabulary, so that generated records hit the criteria's states,
 * lists and embargoes instead of missing them all. Every optional field is sometimes absent, to
 * exercise unknowns. Records are parsed by the schema, so they are what the loader would produce.
 */
export function transferRecordArb(vocabulary: RecordVocabulary): fc.Arbitrary<TransferRecord> {
  const state = fc.constantFrom(...vocabulary.states);
  const name = fc.constantFrom(...vocabulary.names);
  const date = fc.constantFrom(...vocabulary.dates);
  return fc
    .record({
      id: vocabulary.id ?? fc.constant('P-1'),
      date,
      activity: fc.constantFrom(...ACTIVITIES),
      authorizing_state: opt(state),
      own_use_movement: opt(fc.boolean()),
      exporter: opt(fc.record({ state: opt(state) })),
      importer: opt(fc.record({ state: opt(state), name: opt(name) })),
      end_user: opt(fc.record({ state: opt(state), name: opt(name), type: opt(fc.constantFrom(...END_USER_TYPES)) })),
      items: fc.array(
        fc.record({
          category: fc.constantFrom(...ITEM_CATEGORIES),
          class: fc.constantFrom(...ITEM_CLASSES),
          quantity: opt(fc.integer({ min: 1, max: 5000 })),
          flags: opt(fc.subarray(['cluster-munition', 'anti-personnel-mine'])),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      transit: opt(fc.array(fc.record({ state, no_objection: opt(fc.boolean()) }), { maxLength: 2 })),
      brokers: opt(fc.array(fc.record({ name: opt(name), state: opt(state), registered: opt(fc.boolean()) }), { maxLength: 2 })),
      end_user_certificate: opt(fc.record({ present: opt(fc.boolean()), authenticated: opt(fc.boolean()), non_reexport_clause: opt(fc.boolean()), delivery_verification: opt(fc.boolean()) })),
      import_authorization: opt(fc.record({ present: opt(fc.boolean()) })),
      authorizations: opt(fc.array(fc.record({ by: fc.constantFrom('UNIFIL', 'the Government of Lebanon', 'Someone') }), { maxLength: 2 })),
      mitigations: opt(fc.array(fc.record({ measure: fc.constantFrom('end-use-monitoring', 'post-shipment-verification', 'ihl-training'), agreed: opt(fc.boolean()) }), { maxLength: 2 })),
      denials: opt(fc.array(fc.record({ state, date, essentially_identical: opt(fc.boolean()) }), { maxLength: 2 })),
      officer: opt(
        fc.record({
          knowledge_6_3: opt(fc.boolean()),
          national_security_risk: opt(fc.boolean()),
          development_concern: opt(fc.boolean()),
          internal_conflict_risk: opt(fc.boolean()),
          aggression_risk: opt(fc.boolean()),
        }),
      ),
    })
    .map(raw => TransferRecordSchema.parse(JSON.parse(JSON.stringify(raw))));
}

/**
 * A vocabulary over the training context and the real default context: fictional states with and
 * without findings (XR, XD, XF, XJ have some; XZ has no profile at all), real embargoed states (KP
 * under a full embargo, CD and SO with armed groups on lists), the actors the findings name and
 * names on the UN lists.
 */
export const TRAINING_VOCABULARY: RecordVocabulary = {
  states: ['XA', 'XB', 'XR', 'XD', 'XE', 'XF', 'XJ', 'XM', 'XT', 'QM', 'XZ', 'KP', 'CD', 'SO'],
  dates: ['2020-01-01', '2024-06-01', '2026-03-14', '2027-01-01'],
  names: ['Corvinian Armed Forces', 'Fennmoor Border Police', 'Dravenian National Police, public-order units', 'Jessoran Army', 'Al-Shabaab', 'Houthis', 'Belmark Army', 'Acme Ltd'],
};

/** The seed of every property run, so a failure is reproducible. */
export const SEED = 20261123;

/**
 * Complete applications: every fact an assessment asks for is stated, mostly in the reassuring
 * direction, so that many are approved and a single added risk or removed fact shows. States come
 * from `vocabulary`, so some end users carry findings or sit under an embargo.
 */
export function completeRecordArb(vocabulary: RecordVocabulary): fc.Arbitrary<TransferRecord> {
  const state = fc.constantFrom(...vocabulary.states);
  const name = fc.constantFrom(...vocabulary.names);
  const mostly = (value: boolean): fc.Arbitrary<boolean> => fc.oneof({ weight: 9, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: fc.constant(!value) });
  return fc
    .record({
      id: vocabulary.id ?? fc.constant('P-1'),
      date: fc.constantFrom(...vocabulary.dates),
      activity: fc.constant('export' as const),
      own_use_movement: mostly(false),
      exporter: fc.record({ state: fc.constant('XA'), name: fc.constant('Aldorian Defence Systems') }),
      importer: fc.record({ state, name }),
      end_user: fc.record({ state, name, type: fc.constantFrom(...END_USER_TYPES) }),
      items: fc.array(
        fc.record({
          category: fc.constantFrom(...ITEM_CATEGORIES),
          class: fc.constantFrom(...ITEM_CLASSES),
          quantity: fc.integer({ min: 1, max: 5000 }),
          flags: fc.constant([] as string[]),
        }),
        { minLength: 1, maxLength: 2 },
      ),
      transit: fc.array(fc.record({ state, no_objection: mostly(true) }), { maxLength: 1 }),
      brokers: fc.array(fc.record({ name, state, registered: mostly(true) }), { maxLength: 1 }),
      end_user_certificate: fc.record({ present: mostly(true), issuer: fc.constant('government' as const), authenticated: mostly(true), non_reexport_clause: mostly(true), delivery_verification: mostly(true) }),
      import_authorization: fc.record({ present: mostly(true) }),
      authorizations: fc.constant([]),
      mitigations: fc.array(fc.record({ measure: fc.constantFrom('end-use-monitoring', 'post-shipment-verification'), agreed: fc.boolean() }), { maxLength: 1 }),
      denials: fc.constant([]),
      officer: fc.record({ knowledge_6_3: mostly(false), national_security_risk: mostly(false), development_concern: mostly(false), internal_conflict_risk: mostly(false), aggression_risk: mostly(false) }),
    })
    .map(raw => TransferRecordSchema.parse(JSON.parse(JSON.stringify(raw))));
}

/**
 * The training states without the embargoed ones (Morvalia aside) and names that are on no list:
 * complete applications over it are approved often enough for one added risk to show.
 */
export const QUIET_VOCABULARY: RecordVocabulary = {
  states: ['XB', 'XB', 'XG', 'XH', 'XR', 'XD', 'XE', 'XF', 'XJ', 'XT', 'QM', 'XM'],
  dates: ['2026-03-14', '2027-01-01'],
  names: ['Corvinian Armed Forces', 'Fennmoor Border Police', 'Dravenian National Police, public-order units', 'Jessoran Army', 'Belmark Army', 'Acme Ltd'],
};

/** Complete records over the quiet vocabulary and sparse ones over the whole training vocabulary: approvals, refusals and unknowns all occur. */
export function anyRecordArb(): fc.Arbitrary<TransferRecord> {
  return fc.oneof(completeRecordArb(QUIET_VOCABULARY), transferRecordArb(TRAINING_VOCABULARY));
}
