// The 26 criteria of criteria/att, written by hand: which items each applies to (and the basis exact
// for them), and its test in three-valued logic, with the evidence atra prints when one is asked for.
// Without `ev` a test only decides, stopping at the first answer that settles it.
import { Ev, F, TR, U, and2, or2, not, type T } from './evidence.js';
import { embargoTest } from './embargo.js';
import { inConflict, partyTo, profileIn, recentFinding } from './state-facts.js';
import type { Embargo } from './context.js';

type Rec = Record<string, any>;
/** An item a criterion applies to: the item, its index in the record, the scope that covers it. */
export interface Item { v: Rec; i: number; s: number }

/** A mitigating measure, and the risk factors it addresses (all of them when not said). */
export type Measure = string | { measure: string; addresses: string[] };

export interface Criterion {
  id: string;
  article: string;
  kind: string;
  level: string;
  unknownLevel?: string;
  survivesGates?: boolean;
  measures?: Measure[];
  factors?: { id: string; description: string; test: (r: Rec) => T }[];
  /** The applicable items, or undefined when the activity or own-use filter rules the record out. */
  scope: (r: Rec) => Item[] | undefined;
  /** Per item scope, the basis exact for it (undefined: the criterion's own). */
  scopeBasis?: (string[] | undefined)[];
  test: (r: Rec, items: Item[], ev: Ev | undefined) => T;
}

const HEAVY = new Set(['battle-tanks', 'armoured-combat-vehicles', 'large-calibre-artillery', 'combat-aircraft', 'attack-helicopters', 'warships', 'missiles']);
const SALW = new Set(['small-arms', 'light-weapons']);
const MINE = new Set(['large-calibre-artillery', 'combat-aircraft', 'attack-helicopters', 'missiles', 'light-weapons', 'other']);
const AMMO = (c: string) => c === 'ammunition' || c === 'parts-components';
const COUNTER_TERRORISM = ['aircraft-offences-convention', 'aircraft-seizure-convention', 'civil-aviation-convention', 'protected-persons-convention', 'hostages-convention', 'nuclear-material-convention', 'airports-protocol', 'maritime-navigation-convention', 'fixed-platforms-protocol', 'plastic-explosives-convention', 'terrorist-bombings-convention', 'terrorist-financing-convention', 'nuclear-terrorism-convention', 'beijing-convention', 'beijing-protocol', 'maritime-navigation-protocol-2005', 'fixed-platforms-protocol-2005', 'aircraft-offences-protocol-2014'];

/** Items filtered by a function giving each item's scope index (-1: not covered). */
function pick(r: Rec, scopeOf: (item: Rec) => number): Item[] {
  const out: Item[] = [];
  const items = r.items as Rec[];
  for (let i = 0; i < items.length; i++) {
    const s = scopeOf(items[i]!);
    if (s >= 0) out.push({ v: items[i]!, i, s });
  }
  return out;
}
const all = (r: Rec) => pick(r, () => 0);
const covered = (r: Rec) => pick(r, i => (i.category === 'other' ? -1 : 0));
const mineScope = (i: Rec) => (AMMO(i.class) && MINE.has(i.category) ? 0 : i.class === 'arm' && (i.category === 'missiles' || i.category === 'other') ? 1 : -1);
/** The Conventions' own scope (att-6-2-*): munitions in the 2(1) categories, missiles, and anything outside them. */
const conventionScope = (i: Rec) => (AMMO(i.class) && MINE.has(i.category) && i.category !== 'other' ? 0 : i.class === 'arm' && i.category === 'missiles' ? 1 : i.category === 'other' ? 2 : -1);
const conventionItems = (r: Rec) => pick(r, conventionScope);
const diversionScope = (i: Rec) => (i.category === 'other' ? -1 : i.class === 'arm' ? 0 : SALW.has(i.category) ? 1 : HEAVY.has(i.category) ? 2 : -1);
const exportOnly = (r: Rec) => (r.activity === 'export' ? covered(r) : undefined);
const exportOrBrokering = (r: Rec) => r.activity === 'export' || r.activity === 'brokering';
const DIVERSION_BASIS = [['ATT 11(2)'], ['Firearms Protocol 10', 'UN PoA II.11-12'], ['National practice']];

/** A field of the record: unknown when absent. */
function field(ev: Ev | undefined, path: string, value: unknown, test: (v: any) => boolean): T {
  if (ev) {
    ev.rec(path, value);
    if (value === undefined) ev.miss(path);
  }
  return value === undefined ? U : test(value) ? TR : F;
}

/** `present` tests are never unknown. */
function present(ev: Ev | undefined, path: string, value: unknown): T {
  ev?.rec(path, value);
  return value !== undefined ? TR : F;
}

/** `some` over a list of the record; only the elements whose answer is the list's answer explain it. */
function some(ev: Ev | undefined, list: string, elements: Rec[] | undefined, where: (e: Rec, index: number, ev: Ev | undefined) => T): T {
  if (elements === undefined) {
    if (ev) {
      ev.facts.push({ fact: list, value: '(not stated)', source: ev.line });
      ev.miss(list);
    }
    return U;
  }
  let result: T = F;
  const subs: [T, Ev][] = [];
  for (let i = 0; i < elements.length; i++) {
    const sub = ev ? new Ev(ev.line) : undefined;
    const v = where(elements[i]!, i, sub);
    if (v === TR) {
      result = TR;
      if (!ev) return TR;
    } else if (v === U && result === F) result = U;
    if (sub) subs.push([v, sub]);
  }
  if (ev) {
    if (elements.length === 0) ev.facts.push({ fact: list, value: '(none)', source: ev.line });
    for (const [v, sub] of subs) if (v === result) ev.absorb(sub);
  }
  return result;
}

/** `some: items` ranges over the applicable items, named by their index in the record. */
function someItem(ev: Ev | undefined, items: Item[], where: (item: Item, ev: Ev | undefined) => T): T {
  return some(ev, 'items', items, (e, _i, sub) => where(e as unknown as Item, sub));
}

const flagged = (item: Item, flag: string, ev: Ev | undefined) => field(ev, `items[${item.i}].flags`, item.v.flags, f => (f as string[]).includes(flag));
/**
 * An item counts for a Convention when flagged; unstated flags leave a munition not ruled out, but an
 * arm or a part outside 2(1) (body armour) counts only when flagged (att-6-2-*'s `when`).
 */
const conventionFlagged = (item: Item, flag: string, ev: Ev | undefined): T =>
  either(
    ev,
    () => both(ev, () => not(both(ev, () => field(ev, `items[${item.i}].category`, item.v.category, c => c === 'other'), () => field(ev, `items[${item.i}].class`, item.v.class, c => c === 'arm' || c === 'parts-components'))), () => flagged(item, flag, ev)),
    () => both(ev, () => present(ev, `items[${item.i}].flags`, item.v.flags), () => flagged(item, flag, ev)),
  );

/** `all` that evaluates every branch when explaining, and stops at the first false otherwise. */
function both(ev: Ev | undefined, a: () => T, b: () => T): T {
  const x = a();
  if (x === F && !ev) return F;
  return and2(x, b());
}
function either(ev: Ev | undefined, a: () => T, b: () => T): T {
  const x = a();
  if (x === TR && !ev) return TR;
  return or2(x, b());
}

/** The document test: present and has the property; unknown when either is not stated. */
function documentHas(r: Rec, property: string, ev: Ev | undefined): T {
  const d = r.end_user_certificate;
  if (d === undefined) {
    if (ev) {
      ev.rec('end_user_certificate', undefined);
      ev.miss('end_user_certificate');
    }
    return U;
  }
  ev?.rec('end_user_certificate.present', d.present);
  if (d.present === false) return F;
  let result: T = d.present === true ? TR : U;
  if (d.present === undefined) ev?.miss('end_user_certificate.present');
  const value = d[property];
  if (ev) {
    ev.rec(`end_user_certificate.${property}`, value);
    if (value === undefined) ev.miss(`end_user_certificate.${property}`);
  }
  if (value === undefined) {
    if (result === TR) result = U;
  } else if (value !== true) result = F;
  return result;
}

const eucPresent = (r: Rec, ev: Ev | undefined) => field(ev, 'end_user_certificate.present', r.end_user_certificate?.present, v => v === true);
const transitNoObjection = (r: Rec, ev: Ev | undefined, test: (v: boolean) => boolean) =>
  some(ev, 'transit', r.transit, (t, i, sub) => field(sub, `transit[${i}].no_objection`, t.no_objection, test));

/** Builds the criteria over a context's embargoes. */
export function criteria(embargoes: readonly Embargo[]): Criterion[] {
  const violations = (kinds: string[]) => [
    { id: 'violations-by-the-end-user', description: 'a recent unaddressed finding naming the end user itself, which no training or programme addresses', test: (r: Rec) => recentFinding(r, kinds, true, true, undefined) },
    { id: 'violations-by-forces-of-its-kind', description: "a recent unaddressed finding about forces of the end user's kind", test: (r: Rec) => recentFinding(r, kinds, true, false, undefined) },
  ];
  const forcesOfItsKind = (measures: string[]) => measures.map(measure => ({ measure, addresses: ['violations-by-forces-of-its-kind'] }));
  return [
    { id: 'att-2-1-covered-items', article: 'ATT 2', kind: 'scope', level: 'out-of-scope', scope: all,
      test: (_r, items, ev) => not(someItem(ev, items, (item, sub) => field(sub, `items[${item.i}].category`, item.v.category, c => c !== 'other'))) },
    { id: 'att-2-3-own-use-movement', article: 'ATT 2', kind: 'scope', level: 'out-of-scope', unknownLevel: 'none', scope: all,
      test: (r, _items, ev) => both(ev, () => field(ev, 'own_use_movement', r.own_use_movement, v => v === true), () => profileIn(r, 'exporter', 'att', ['party'], ev)) },
    { id: 'att-2-3-un-embargo-own-use', article: 'UN Charter 25', kind: 'prohibition', level: 'officer-finding', survivesGates: true,
      scope: r => (r.own_use_movement === true ? all(r) : undefined), test: (r, items, ev) => embargoTest(r, items.map(i => i.v), embargoes, ev) },
    { id: 'att-6-1-un-arms-embargo', article: 'ATT 6', kind: 'prohibition', level: 'prohibited', survivesGates: true,
      scope: r => (r.own_use_movement === true ? undefined : pick(r, i => (i.category === 'other' ? 1 : 0))), scopeBasis: [['ATT 6(1)'], ['UN Charter 25', 'UN Charter 103']],
      test: (r, items, ev) => embargoTest(r, items.map(i => i.v), embargoes, ev) },
    { id: 'att-6-2-apmbc-anti-personnel-mines', article: 'ATT 6', kind: 'prohibition', level: 'prohibited', survivesGates: true, scope: conventionItems,
      scopeBasis: [['ATT 6(2)', 'APMBC 1(1)(b)'], ['ATT 6(2)', 'APMBC 1(1)(b)'], ['APMBC 1(1)(b)']],
      test: (r, items, ev) => both(ev, () => someItem(ev, items, (item, sub) => conventionFlagged(item, 'anti-personnel-mine', sub)), () => partyTo(r, 'authorizing', ['apmbc'], ev)) },
    { id: 'att-6-2-ccm-cluster-munitions', article: 'ATT 6', kind: 'prohibition', level: 'prohibited', survivesGates: true, scope: conventionItems,
      scopeBasis: [['ATT 6(2)', 'CCM 1(1)(b)'], ['ATT 6(2)', 'CCM 1(1)(b)'], ['CCM 1(1)(b)']],
      test: (r, items, ev) => both(ev, () => someItem(ev, items, (item, sub) => conventionFlagged(item, 'cluster-munition', sub)), () => partyTo(r, 'authorizing', ['ccm'], ev)) },
    { id: 'att-6-3-knowledge-of-atrocity-crimes', article: 'ATT 6', kind: 'officer', level: 'prohibited', scope: all,
      test: (r, _items, ev) => field(ev, 'officer.knowledge_6_3', r.officer?.knowledge_6_3, v => v === true) },
    { id: 'att-7-1-a-non-state-armed-group', article: 'ATT 7', kind: 'risk', level: 'substantial', scope: exportOnly,
      test: (r, _items, ev) => field(ev, 'end_user.type', r.end_user?.type, v => v === 'non-state-armed-group') },
    { id: 'att-7-1-a-peace-and-security', article: 'ATT 7', kind: 'risk', level: 'substantial', scope: exportOnly,
      measures: ['confidence-building-measure', 'joint-programme', 'end-use-monitoring'], test: (r, _items, ev) => inConflict(r, ev) },
    { id: 'att-7-1-b-i-banned-munitions', article: 'ATT 7', kind: 'risk', level: 'substantial', scope: r => (r.activity === 'export' ? pick(r, mineScope) : undefined),
      test: (_r, items, ev) => someItem(ev, items, (item, sub) => either(sub, () => flagged(item, 'anti-personnel-mine', sub), () => flagged(item, 'cluster-munition', sub))) },
    { id: 'att-7-1-b-i-ihl', article: 'ATT 7', kind: 'risk', level: 'high', scope: exportOnly, factors: violations(['ihl']),
      measures: forcesOfItsKind(['ihl-training', 'end-use-monitoring', 'joint-programme']), test: (r, _items, ev) => recentFinding(r, ['ihl'], true, false, ev) },
    { id: 'att-7-1-b-ii-human-rights', article: 'ATT 7', kind: 'risk', level: 'high', scope: exportOnly, factors: violations(['human-rights']),
      measures: forcesOfItsKind(['human-rights-training', 'end-use-monitoring', 'joint-programme']), test: (r, _items, ev) => recentFinding(r, ['human-rights'], true, false, ev) },
    { id: 'att-7-1-b-iii-terrorism', article: 'ATT 7', kind: 'risk', level: 'high', scope: exportOnly, measures: ['end-use-monitoring', 'post-shipment-verification'],
      test: (r, _items, ev) => both(ev,
        () => either(ev, () => recentFinding(r, ['terrorism'], true, false, ev), () => field(ev, 'end_user.type', r.end_user?.type, v => v === 'non-state-armed-group')),
        () => partyTo(r, 'exporter', COUNTER_TERRORISM, ev)) },
    { id: 'att-7-1-b-iv-organized-crime', article: 'ATT 7', kind: 'risk', level: 'substantial', scope: exportOnly,
      measures: ['end-use-monitoring', 'post-shipment-verification', 'stockpile-management'],
      test: (r, _items, ev) => both(ev, () => recentFinding(r, ['organized-crime'], true, false, ev), () => partyTo(r, 'exporter', ['untoc'], ev)) },
    { id: 'att-7-4-gender-based-violence', article: 'ATT 7', kind: 'risk', level: 'high', scope: exportOnly, factors: violations(['gbv']),
      measures: forcesOfItsKind(['gbv-prevention-programme', 'end-use-monitoring']), test: (r, _items, ev) => recentFinding(r, ['gbv'], true, false, ev) },
    { id: 'att-9-transit-non-objection', article: 'ATT 9', kind: 'procedural', level: 'low',
      scope: r => (r.activity === 'transit' || r.activity === 'trans-shipment' ? pick(r, i => (i.class === 'arm' && i.category !== 'other' ? 0 : -1)) : undefined),
      test: (r, _items, ev) => transitNoObjection(r, ev, v => v === false) },
    { id: 'att-10-unregistered-broker', article: 'ATT 10', kind: 'procedural', level: 'substantial', scopeBasis: [['ATT 10'], ['UN PoA II.14'], ['National practice']],
      scope: r => pick(r, diversionScope), test: (r, _items, ev) => some(ev, 'brokers', r.brokers, (b, i, sub) => field(sub, `brokers[${i}].registered`, b.registered, v => v === false)) },
    { id: 'att-11-2-delivery-verification', article: 'ATT 11', kind: 'diversion', level: 'low', scopeBasis: DIVERSION_BASIS,
      scope: r => (exportOrBrokering(r) ? pick(r, diversionScope) : undefined), test: (r, _items, ev) => both(ev, () => eucPresent(r, ev), () => not(documentHas(r, 'delivery_verification', ev))) },
    { id: 'att-11-2-diversion-record', article: 'ATT 11', kind: 'diversion', level: 'high', scopeBasis: DIVERSION_BASIS,
      measures: ['post-shipment-verification', 'delivery-verification', 'end-use-monitoring'],
      scope: r => (exportOrBrokering(r) ? pick(r, diversionScope) : undefined), test: (r, _items, ev) => recentFinding(r, ['diversion', 'reexport-violation'], false, false, ev) },
    { id: 'att-11-2-end-user-identified', article: 'ATT 11', kind: 'diversion', level: 'missing-information', scopeBasis: DIVERSION_BASIS,
      scope: r => (exportOrBrokering(r) ? pick(r, diversionScope) : undefined),
      test: (r, _items, ev) => {
        const a = not(present(ev, 'end_user.name', r.end_user?.name));
        if (a === TR && !ev) return TR;
        const b = not(present(ev, 'end_user.state', r.end_user?.state));
        if (b === TR && !ev) return TR;
        return or2(or2(a, b), field(ev, 'end_user.type', r.end_user?.type, v => v === 'unknown'));
      } },
    { id: 'att-11-2-euc-authentication', article: 'ATT 11', kind: 'diversion', level: 'substantial', scopeBasis: DIVERSION_BASIS,
      scope: r => (exportOrBrokering(r) ? pick(r, diversionScope) : undefined),
      test: (r, _items, ev) => both(ev, () => eucPresent(r, ev), () => field(ev, 'end_user_certificate.authenticated', r.end_user_certificate?.authenticated, v => v === false)) },
    { id: 'att-11-2-euc-missing', article: 'ATT 11', kind: 'diversion', level: 'missing-information', scopeBasis: DIVERSION_BASIS,
      scope: r => (exportOrBrokering(r) ? pick(r, diversionScope) : undefined), test: (r, _items, ev) => not(eucPresent(r, ev)) },
    { id: 'att-11-2-euc-non-reexport', article: 'ATT 11', kind: 'diversion', level: 'substantial', scopeBasis: DIVERSION_BASIS, measures: ['re-export-assurance'],
      scope: r => (exportOrBrokering(r) ? pick(r, diversionScope) : undefined), test: (r, _items, ev) => both(ev, () => eucPresent(r, ev), () => not(documentHas(r, 'non_reexport_clause', ev))) },
    { id: 'fp-10-2-a-import-authorization', article: 'Firearms Protocol 10', kind: 'diversion', level: 'missing-information',
      scope: r => (r.activity === 'export' ? pick(r, i => (i.category === 'small-arms' ? 0 : -1)) : undefined),
      test: (r, _items, ev) => both(ev, () => partyTo(r, 'authorizing', ['firearms-protocol'], ev), () => not(field(ev, 'import_authorization.present', r.import_authorization?.present, v => v === true))) },
    { id: 'fp-10-2-b-transit-non-objection', article: 'Firearms Protocol 10', kind: 'diversion', level: 'missing-information',
      scope: r => (exportOrBrokering(r) ? pick(r, i => (i.category === 'small-arms' ? 0 : -1)) : undefined),
      test: (r, _items, ev) => both(ev, () => partyTo(r, 'authorizing', ['firearms-protocol'], ev), () => some(ev, 'transit', r.transit, (t, i, sub) => not(field(sub, `transit[${i}].no_objection`, t.no_objection, v => v === true)))) },
    { id: 'route-transit-non-objection', article: 'ATT 11', kind: 'diversion', level: 'low', scopeBasis: [['ATT 11(1)'], ['National practice']],
      scope: r => (exportOrBrokering(r) ? pick(r, i => (i.category === 'other' ? -1 : i.class === 'arm' ? 0 : 1)) : undefined),
      test: (r, _items, ev) => transitNoObjection(r, ev, v => v === false) },
  ];
}
