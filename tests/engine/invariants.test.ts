import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DECISIONS, END_USER_TYPES, FINDING_KINDS, type Decision, type TransferRecord } from '../../src/schema/index.js';
import { EmbargoSchema, TransferRecordSchema } from '../../src/schema/schemas.js';
import { assessRecord, type AssessmentContext, type CompiledCriteria, type RecordResult } from '../../src/engine/index.js';
import { effectiveLevel } from '../../src/engine/decide.js';
import type { Setup } from '../../src/loader/setup.js';
import { anyRecordArb, opt, SEED } from '../helpers/arbitraries.js';
import { trainingSetup } from '../helpers/training-setup.js';

// The engine's invariants, checked on the built-in criteria (ATT and the EU Common Position) with the
// real UN and EU context plus the fictional training states, on generated records.
//
// Decisions are ranked as the contract orders them, worst first: prohibited > refuse > review >
// incomplete > approve-with-conditions > approve > out-of-scope. Out-of-scope ranks last because the
// engine ranks it last (a triggered scope gate decides only when no surviving criterion calls for
// worse), and because risk evidence is no reason to take a record out of scope: scope follows the
// items and the own-use movement, not findings, flags or lists. So "never lowers the decision" also
// means "never moves an in-scope record out of scope".

const RANK = new Map<Decision, number>(DECISIONS.map((decision, index) => [decision, index]));
const rank = (decision: Decision): number => RANK.get(decision) ?? Number.NaN;

const assess = (compiled: CompiledCriteria, record: TransferRecord, context: AssessmentContext): RecordResult =>
  assessRecord(compiled, { record, origin: { file: 'p.ndjson', line: 1 } }, context, { detail: 'compact' });

/** One piece of added risk evidence. */
type Evidence =
  | { readonly kind: 'finding'; readonly state: number; readonly finding: Record<string, unknown>; readonly aboutEndUser: boolean }
  | { readonly kind: 'flag'; readonly item: number; readonly flag: 'cluster-munition' | 'anti-personnel-mine' }
  | { readonly kind: 'listed'; readonly party: 'end_user' | 'importer' | 'broker' };

// Findings weigh more: a flag or a listed name usually makes a prohibition at once, after which
// nothing can rise, while findings act through many risk criteria and their unknowns.
const evidenceArb: fc.Arbitrary<Evidence> = fc.oneof(
  { weight: 4, arbitrary: fc.record({
    kind: fc.constant('finding' as const),
    // Mostly the end user's own state (the first candidate), which the risk criteria ask about.
    state: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 6 }) }),
    finding: fc.record({
      kind: fc.constantFrom(...FINDING_KINDS),
      actor_type: opt(fc.constantFrom(...END_USER_TYPES)),
      date: fc.constantFrom('2019-06-01', '2023-06-01', '2025-12-01', '2026-03-14'),
      addressed: opt(fc.boolean()),
    }),
    aboutEndUser: fc.boolean(),
  }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('flag' as const), item: fc.nat(), flag: fc.constantFrom('cluster-munition' as const, 'anti-personnel-mine' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('listed' as const), party: fc.constantFrom('end_user' as const, 'importer' as const, 'broker' as const) }) },
);

/**
 * The states a finding can be added to: those whose profile lists its findings. A profile without a
 * `findings` list says nothing about findings (unknown); adding one there would also assert that the
 * list is now complete, which is new knowledge in both directions, not only more risk.
 */
function statesWithFindings(context: AssessmentContext): string[] {
  return [...context.states.values()].filter(state => state.profile.findings !== undefined).map(state => state.code);
}

/** The record and context with one more piece of risk evidence, or undefined when it does not apply. */
function withEvidence(record: TransferRecord, context: AssessmentContext, evidence: Evidence): { record: TransferRecord; context: AssessmentContext } | undefined {
  switch (evidence.kind) {
    case 'finding': {
      // The record's own states first, so that most added findings are about a party of the transfer.
      const parties = [record.end_user?.state, record.importer?.state, ...(record.transit ?? []).map(t => t.state)];
      const codes = [...new Set([...parties, ...statesWithFindings(context)])].filter(code => code !== undefined && context.states.get(code)?.profile.findings !== undefined);
      const code = codes[evidence.state % codes.length];
      const state = code === undefined ? undefined : context.states.get(code);
      if (!state) return undefined;
      // A finding naming the record's own end user is the strongest kind (same_actor).
      const actor = evidence.aboutEndUser ? record.end_user?.name : undefined;
      const finding = { ...evidence.finding, ...(actor ? { actor } : {}) } as NonNullable<typeof state.profile.findings>[number];
      const states = new Map(context.states);
      states.set(code!, { ...state, profile: { ...state.profile, findings: [...(state.profile.findings ?? []), finding] }, findingOrigins: [...state.findingOrigins, `states.yaml:${code}:added`] });
      return { record, context: { ...context, states } };
    }
    case 'flag': {
      const index = evidence.item % record.items.length;
      const items = record.items.map((item, i) => (i === index ? { ...item, flags: [...new Set([...(item.flags ?? []), evidence.flag])] } : item));
      return { record: { ...record, items }, context };
    }
    case 'listed': {
      const name = evidence.party === 'broker' ? record.brokers?.find(b => b.name)?.name : record[evidence.party]?.name;
      if (!name) return undefined;
      const embargo = EmbargoSchema.parse({
        id: 'property-listed',
        title: 'A sanctions list naming a party of the record',
        authority: 'UN',
        basis: 'UNSCR 9999 (fictional)',
        target: 'any',
        scope: 'listed',
        listed: [name],
        categories: 'all',
        from: '1990-01-01',
        until: null,
        source: 'property test',
      });
      return { record, context: { ...context, embargoes: [...context.embargoes, { embargo, origin: 'embargoes.yaml:property' }] } };
    }
  }
}

/** Paths of the keys that may be deleted from a record: every key but the required ones and `activity`. */
function removablePaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((element, i) => removablePaths(element, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const here = [...path, key];
    // `activity` defaults to export when absent: deleting it changes the fact instead of removing it.
    const keep = path.length === 0 && ['id', 'date', 'items', 'activity'].includes(key);
    return [...(keep ? [] : [here]), ...removablePaths(inner, here)];
  });
}

/** The record without the key at `path`, if the schema still accepts it (a transit entry needs its state). */
function without(record: TransferRecord, path: readonly (string | number)[]): TransferRecord | undefined {
  const copy = JSON.parse(JSON.stringify(record)) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  delete node[path.at(-1)!];
  const parsed = TransferRecordSchema.safeParse(copy);
  return parsed.success ? parsed.data : undefined;
}

const recordArb = anyRecordArb();

describe.each(['att', 'eu-cp'])('engine invariants on the built-in %s criteria', set => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await trainingSetup(set);
  });

  it('more risk evidence (a finding in the context, an item flag, a listed name) never lowers the decision', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(recordArb, fc.array(evidenceArb, { minLength: 1, maxLength: 3 }), (record, evidence) => {
        // Evidence piles up: each step may only keep or raise the decision.
        let current = { record, context: setup.context };
        let before = assess(setup.compiled, record, setup.context);
        for (const piece of evidence) {
          const added = withEvidence(current.record, current.context, piece);
          if (!added) continue;
          const after = assess(setup.compiled, added.record, added.context);
          const change = `${piece.kind}: ${before.decision} -> ${after.decision}`;
          seen.set(change, (seen.get(change) ?? 0) + 1);
          // Narrowed: review may fall to incomplete when the new evidence makes an applicant's fact
          // missing and the policy's officer checks yield to it (yields_to; see the it.fails below).
          if (before.decision === 'review' && after.decision === 'incomplete' && yielded(after, setup.compiled)) continue;
          expect(rank(after.decision), change).toBeLessThanOrEqual(rank(before.decision));
          current = added;
          before = after;
        }
      }),
      { numRuns: 250, seed: SEED },
    );
    // The property bites: some evidence raised a decision, of each kind.
    for (const kind of ['finding', 'flag', 'listed']) {
      expect([...seen.keys()].some(change => change.startsWith(kind) && !/: (\S+) -> \1$/.test(change)), `${kind} raised some decision`).toBe(true);
    }
  });

  it('removing a fact from a record never turns a non-approve into approve', () => {
    const before = new Set<Decision>();
    let changed = 0;
    fc.assert(
      fc.property(recordArb, fc.nat(), (record, pick) => {
        const paths = removablePaths(record);
        fc.pre(paths.length > 0);
        const path = paths[pick % paths.length]!;
        const reduced = without(record, path);
        fc.pre(reduced !== undefined);
        const was = assess(setup.compiled, record, setup.context).decision;
        const now = assess(setup.compiled, reduced, setup.context).decision;
        before.add(was);
        if (now !== was) changed += 1;
        // Out-of-scope is not a refusal to narrow: without the fact that put a record out of scope, the
        // full assessment runs, which is the strict path (att-2-3-own-use-movement: unknown_level none),
        // and may approve. So "non-approve" here is every decision worse than approve.
        if (rank(was) < rank('approve')) expect(now, `without ${path.join('.')}: ${was} -> ${now}`).not.toBe('approve');
      }),
      { numRuns: 250, seed: SEED },
    );
    // Generated records reach approvals and refusals alike, so the property is not vacuous.
    expect([...before]).toEqual(expect.arrayContaining(['approve', 'incomplete', 'review']));
    expect(changed, 'removals that changed the decision').toBeGreaterThan(10);
  });

  it('the order of the criteria does not change any result', () => {
    fc.assert(
      fc.property(recordArb, fc.infiniteStream(fc.nat()), (record, keys) => {
        const criteria = [...setup.compiled.criteria].map(c => ({ c, key: keys.next().value as number })).sort((a, b) => a.key - b.key).map(({ c }) => c);
        const shuffled = { ...setup.compiled, criteria };
        const straight = assess(setup.compiled, record, setup.context);
        const reordered = assess(shuffled, record, setup.context);
        expect(reordered.decision).toBe(straight.decision);
        expect([...reordered.decided_by].sort()).toEqual([...straight.decided_by].sort());
        // Findings come out in the criteria's order, and so do the lists of criteria that the derived
        // findings (mitigation, overriding risk) name in their explanations: compare those as sets.
        const byCriterion = (result: RecordResult) => new Map(result.findings.map(f => [f.criterion, { ...f, explanation: f.explanation.split(/[;,.]? |\.$/).filter(Boolean).sort() }]));
        const expected = byCriterion(straight);
        for (const [criterion, finding] of byCriterion(reordered)) expect(finding, criterion).toEqual(expected.get(criterion));
        expect([...reordered.tasks].sort()).toEqual([...straight.tasks].sort());
        expect([...reordered.conditions].sort()).toEqual([...straight.conditions].sort());
      }),
      { numRuns: 100, seed: SEED },
    );
  });

  // Found by the removal property (seed 7, 2,000 runs; shrunk by hand): an importer named "Houthis"
  // (on a UN list that reaches any state) made a trans-shipment prohibited, and without the
  // importer's name att-6-1 was clear and the decision approve. An importer or broker given without
  // a name is now a missing fact for the listed-embargo check, as an unnamed end user was.
  it('leaving out the importer\'s name never turns a prohibition into approve', () => {
    const named = TransferRecordSchema.parse({ id: 'P-1', date: '2026-03-14', activity: 'trans-shipment', exporter: { state: 'XA' }, importer: { state: 'XA', name: 'Houthis' }, end_user: { name: 'Corvinian Armed Forces', state: 'XA' }, items: [{ category: 'battle-tanks', class: 'arm', quantity: 1, flags: [] }], transit: [], brokers: [], officer: { knowledge_6_3: false } });
    const unnamed = { ...named, importer: { state: 'XA' } };
    expect(assess(setup.compiled, named, setup.context).decision).toBe('prohibited');
    expect(assess(setup.compiled, unnamed, setup.context).decision).not.toBe('approve');
  });

  // Under the EU Common Position, whose criteria now cover transit licence applications too (Art 1(2)),
  // the officer's own findings (Criteria 5 and 8) are due either way and the record stays at review.
  (set === 'att' ? it.fails : it)('a cluster-munition flag never lowers review to incomplete', () => {
    const record = TransferRecordSchema.parse({ id: 'P-1', date: '2020-01-01', activity: 'transit', items: [{ category: 'missiles', class: 'arm', flags: [] }], authorizations: [{ by: 'the Government of Lebanon' }] });
    const flagged = { ...record, items: [{ ...record.items[0]!, flags: ['cluster-munition'] }] };
    expect(assess(setup.compiled, record, setup.context).decision).toBe('review');
    expect(rank(assess(setup.compiled, flagged, setup.context).decision)).toBeLessThanOrEqual(rank('review'));
  });
});

describe('engine invariants on the built-in att criteria, when two gates trigger', () => {
  // Found by the criteria-order property (seed 4242, 800 runs; shrunk by hand): an application that is both outside ATT
  // 2(1) and an own-use movement triggers two scope gates, and every not-assessed criterion cited
  // whichever gate came first in the criteria's order. It now cites every triggered gate, by id.
  it('names the same scope gates whatever the order of the criteria when two gates trigger', async () => {
    const setup = await trainingSetup('att');
    const record = TransferRecordSchema.parse({ id: 'P-1', date: '2026-03-14', own_use_movement: true, exporter: { state: 'XA' }, items: [{ category: 'other', class: 'arm' }] });
    const straight = assess(setup.compiled, record, setup.context);
    const reversed = assess({ ...setup.compiled, criteria: [...setup.compiled.criteria].reverse() }, record, setup.context);
    expect(triggeredGates(straight)).toBe(2);
    expect(reversed.findings.map(f => [f.criterion, f.explanation]).sort()).toEqual(straight.findings.map(f => [f.criterion, f.explanation]).sort());
  });

  // Found by the evidence property (seed 3, 2,000 runs; shrunk by hand). A transit of missiles with
  // an authorization by the Government of Lebanon is for review (the embargo exemption and 6(3) are
  // the officer's checks). Flagging the missiles as cluster munitions makes the Convention on
  // Cluster Munitions check ask for the authorizing state, an applicant's fact (missing-information),
  // and the policy's officer-check level yields to missing-information: the decision falls from
  // review to incomplete, below it in the contract's order. This test fails while that holds.
});

// Found by the removal property (seed 2, 2,000 runs; shrunk by hand). The EU Common Position covers
// items outside ATT 2(1) (it disables att-2-1-covered-items), but the route criteria applied only to
// ATT 2(1) categories, so for an application of such items alone nothing asked for an unstated
// route: stating transit through Morvalia (under the training UN embargo) was prohibited, and leaving
// the route out approved. eu-cp-7-route now asks the same of those items' route.
describe('engine invariants on the built-in eu-cp criteria, items outside ATT 2(1)', () => {
  it('leaving out the route of items outside ATT 2(1) never turns a prohibition into approve', async () => {
    const { compiled, context } = await trainingSetup('eu-cp');
    const raw = {
      id: 'P-1',
      date: '2026-03-14',
      exporter: { state: 'XA' },
      importer: { state: 'XB', name: 'Corvinian Procurement Agency' },
      end_user: { name: 'Corvinian Armed Forces', state: 'XB' },
      items: [{ category: 'other', class: 'arm', quantity: 1, flags: [] }],
      transit: [{ state: 'XM', no_objection: false }],
      end_user_certificate: { present: true, non_reexport_clause: true },
      denials: [],
      officer: { knowledge_6_3: false, national_security_risk: false, development_concern: false },
    };
    const unrouted = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== 'transit'));
    expect(assess(compiled, TransferRecordSchema.parse(raw), context).decision).toBe('prohibited');
    expect(assess(compiled, TransferRecordSchema.parse(unrouted), context).decision).not.toBe('approve');
  });
});

/** Whether the policy's yields_to decided: a level present yields to another level present. */
function yielded(result: RecordResult, compiled: CompiledCriteria): boolean {
  const present = new Set(result.findings.map(effectiveLevel));
  return compiled.policy.levels.some(level => present.has(level.id) && (level.yields_to ?? []).some(other => present.has(other)));
}

/** How many scope gates a result's findings triggered. */
function triggeredGates(result: RecordResult): number {
  return result.findings.filter(f => f.kind === 'scope' && f.status === 'triggered').length;
}
