// The UN embargo test of att-6-1 and att-2-3-un-embargo-own-use, written out: date window, target
// (importer, end user, transit states), exemptions by end-user type, scope (all, non-state actors,
// listed names), procurement bans, with the evidence and missing facts atra prints. Listed names are
// compared with atra's name matcher (dist/screening), used here as one would use a fuzzy-match library.
import { screeningLib } from './atra-parts.js';
import { Ev, F, TR, U, and2, or2, type T } from './evidence.js';
import type { Embargo } from './context.js';

const GOV = new Set(['armed-forces', 'police', 'other-government']);
/** Every missing fact for a possible list match starts with this, as in atra. */
export const POSSIBLE = 'resolve a possible match';
type Rec = Record<string, any>;
interface Dest { code: string | undefined; path: string }

/** The policy's screening thresholds, set at start-up. */
export const screening = { strong: 0.91, possible: 0.66, possible_level: 'officer-finding' };
const indexes = new Map<Embargo, object>();
const { ScreeningIndex, screenName, describeHit, normaliseName, SCREENING_DECISION_FACT } = screeningLib;

function inForce(e: Rec, date: string): T {
  if (date < e.from) return F;
  if (e.until === null || e.until === undefined || date <= e.until) return TR;
  if (e.ended === true) return F;
  return e.checked_on !== undefined && e.checked_on > e.until ? F : U;
}

function destinations(r: Rec): Dest[] {
  const out: Dest[] = [{ code: r.importer?.state, path: 'importer.state' }, { code: r.end_user?.state, path: 'end_user.state' }];
  const transit = r.transit as Rec[] | undefined;
  if (transit) for (let i = 0; i < transit.length; i++) out.push({ code: transit[i]!.state, path: `transit[${i}].state` });
  return out;
}

/** The embargo test over the record's applicable items; `ev` collects evidence when given. */
export function embargoTest(r: Rec, items: Rec[], embargoes: readonly Embargo[], ev: Ev | undefined): T {
  const dests = destinations(r);
  let value: T = F;
  const entries: { v: T; ev: Ev }[] = [];
  for (const entry of embargoes) {
    const e = entry.e;
    if (e.authority !== 'UN') continue;
    const force = inForce(e, r.date);
    if (force === F) continue;
    const sub = ev ? new Ev(ev.line) : undefined;
    const v = applies(r, items, entry, dests, force, sub);
    if (v === F) continue;
    if (v === TR) value = TR;
    else if (value === F) value = U;
    if (!sub) {
      if (value === TR) return value;
      continue;
    }
    entries.push({ v, ev: sub });
  }
  if (ev) {
    for (const d of dests) ev.rec(d.path, d.code);
    for (const entry of entries) if (entry.v === value) ev.absorb(entry.ev);
  }
  return value;
}

function applies(r: Rec, items: Rec[], entry: Embargo, dests: Dest[], force: T, ev: Ev | undefined): T {
  const e = entry.e;
  const missing: string[] | undefined = ev ? [] : undefined;
  ev?.facts.push({ fact: `embargo ${e.id}`, value: `${e.basis}; target ${e.target}; scope ${e.scope}; ${e.directions.join(' and ')}; ${e.from} to ${e.until ?? 'open-ended'}`, source: entry.origin });
  if (force === U) missing?.push(`whether ${e.id} was renewed after ${e.until ?? ''}`);
  let category: T = e.categories === 'all' ? TR : F;
  if (category === F) for (const item of items) if (e.categories.includes(item.category)) category = TR;
  if (category === F && !ev) return F;
  const to = e.directions.includes('to') ? supply(r, entry, dests, missing, ev) : F;
  const from = e.directions.includes('from') ? procurement(r, e, missing, ev) : F;
  const value = and2(and2(force, category), or2(to, from));
  if (ev && missing) {
    if (value === U) for (const name of missing) ev.miss(name);
    ev.bind('embargo', { id: e.id, title: e.title ?? e.id, basis: e.basis, target: e.target, authority: e.authority, scope: e.scope, direction: from === TR && to !== TR ? 'procurement from the target' : 'supply to the target' });
  }
  return value;
}

function supply(r: Rec, entry: Embargo, dests: Dest[], missing: string[] | undefined, ev: Ev | undefined): T {
  const e = entry.e;
  let target: T = F;
  if (e.target === 'any') target = TR;
  else if (dests.some(d => d.code === e.target)) {
    if (e.region === undefined) target = TR;
    else {
      missing?.push(`whether the items are for use in ${e.region}`);
      target = U;
    }
  } else {
    for (const d of dests) {
      if (d.code !== undefined) continue;
      missing?.push(d.path);
      target = U;
    }
  }
  if (target === F) return F;
  const type: string | undefined = r.end_user?.type;
  const exempt = exemption(e, type, missing);
  const authorized = authorization(r, e, missing, ev);
  let scope: T = TR;
  if (e.scope === 'non-state-actors') {
    if (type === undefined || type === 'unknown') {
      missing?.push('end_user.type');
      scope = U;
    } else scope = GOV.has(type) ? F : TR;
  } else if (e.scope === 'listed') scope = listed(r, entry, dests, type, missing, ev);
  return and2(and2(target, exempt), and2(authorized, scope));
}

function exemption(e: Rec, type: string | undefined, missing: string[] | undefined): T {
  const review: string[] = e.review_end_user_types ?? [];
  if (e.exempt_end_user_types.length === 0 && review.length === 0) return TR;
  if (type === undefined || type === 'unknown') {
    missing?.push('end_user.type');
    return U;
  }
  if (review.includes(type)) {
    missing?.push(`whether the ${e.id} exemption procedure for ${type} end users was followed${e.exemptions?.length ? ` (${e.exemptions.join('; ')})` : ''}`);
    return U;
  }
  return e.exempt_end_user_types.includes(type) ? F : TR;
}

const simplify = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function authorization(r: Rec, e: Rec, missing: string[] | undefined, ev: Ev | undefined): T {
  const bodies: string[] | undefined = e.exempt_if_authorized_by;
  if (!bodies) return TR;
  const given: Rec[] | undefined = r.authorizations;
  ev?.rec('authorizations', given?.map(a => a.by).join('; ') ?? given);
  if (given === undefined) {
    missing?.push(`authorizations (by ${bodies.join(' or ')})`);
    return U;
  }
  if (r.end_user?.type === 'non-state-armed-group') return TR;
  const wanted = new Set(bodies.map(simplify));
  if (given.some(a => wanted.has(simplify(a.by)))) return F;
  if (given.length === 0) return TR;
  missing?.push(`whether the authorization by ${given.map(a => a.by).join(', ')} is one by ${bodies.join(' or ')}`);
  return U;
}

function procurement(r: Rec, e: Rec, missing: string[] | undefined, ev: Ev | undefined): T {
  const origin: string | undefined = r.exporter?.state;
  ev?.rec('exporter.state', origin);
  if (e.target === 'any') return F;
  if (origin === undefined) {
    missing?.push('exporter.state');
    return U;
  }
  return origin === e.target ? TR : F;
}

/** Screens every named party against the list; then the `review_when` rules. */
function listed(r: Rec, entry: Embargo, dests: Dest[], type: string | undefined, missing: string[] | undefined, ev: Ev | undefined): T {
  const e = entry.e;
  let index = indexes.get(entry);
  if (!index) {
    index = new ScreeningIndex((e.listed as (string | Rec)[]).map(x => (typeof x === 'string' ? { list: e.id, name: x, aliases: [] } : { list: e.id, aliases: [], ...x })) as never);
    indexes.set(entry, index);
  }
  const eu = r.end_user;
  const parties: [string, string | undefined, Rec][] = [
    ['end_user.name', eu?.name, { country: eu?.state, type: eu?.type === undefined || eu.type === 'unknown' ? undefined : eu.type === 'individual' ? 'individual' : 'entity' }],
    ['importer.name', r.importer?.name, { country: r.importer?.state }],
  ];
  (r.brokers as Rec[] | undefined)?.forEach((b, i) => parties.push([`brokers[${i}].name`, b.name, { country: b.state }]));
  parties.push(['exporter.name', r.exporter?.name, { country: r.exporter?.state }]);
  const own: string[] = [];
  let matched = false;
  for (const [path, name, facts] of parties) {
    if (name === undefined) continue;
    if (normaliseName(name).tokens.length === 0) {
      own.push(`${path} written with letters or digits ("${name}" cannot be screened)`);
      continue;
    }
    const hits = screenName(index, name, { policy: screening, date: r.date, decisions: undefined, facts: facts });
    const shown = hits.filter(h => h.outcome !== 'clear');
    if (ev) for (const h of shown.length ? shown : hits.slice(0, 1)) ev.facts.push({ fact: h.decision ? `${SCREENING_DECISION_FACT} ${path}` : `screening ${path}`, value: describeHit(h), source: entry.origin });
    for (const h of shown) {
      if (h.outcome === 'match') matched = true;
      if (h.outcome === 'possible') own.push(`${POSSIBLE}: ${path} ${describeHit(h)}`);
    }
  }
  if (matched) return TR;
  if (eu?.name === undefined) own.push('end_user.name');
  if (r.importer !== undefined && r.importer.name === undefined && r.own_use_movement !== true) own.push('importer.name');
  (r.brokers ?? []).forEach((b: Rec, i: number) => {
    if (b.name === undefined) own.push(`brokers[${i}].name`);
  });
  if (r.exporter !== undefined && r.exporter.name === undefined && (r.activity === 'import' || r.activity === 'transit' || r.activity === 'trans-shipment')) own.push('exporter.name');
  if (own.length) {
    if (missing) for (const m of own) missing.push(m);
    return U;
  }
  let value: T = F;
  for (const rule of (e.review_when ?? []) as Rec[]) {
    if (!dests.some(d => d.code === rule.state)) continue;
    if (rule.end_user_types && (type === undefined || type === 'unknown')) {
      missing?.push('end_user.type');
      value = U;
      continue;
    }
    if (rule.end_user_types && !rule.end_user_types.includes(type)) continue;
    missing?.push(`whether the end user is controlled by listed persons (${rule.reason})`);
    value = U;
  }
  return value;
}

