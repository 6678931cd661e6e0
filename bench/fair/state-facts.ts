// Tests on the context's state profiles (treaties, armed conflict, findings), written out. With the
// default context (the UN embargoes) no state has a profile, and each of them is unknown for the
// officer ("context profile for XX"), as in atra.
import type { Ev} from './evidence.js';
import { F, TR, U, type T } from './evidence.js';
import type { Profile } from './context.js';

type Rec = Record<string, any>;

/** The state profiles of the context, set at start-up. */
export const states = new Map<string, Profile>();

/** The path and code of a party's state; `authorizing` follows the activity, as atra does. */
export function partyState(r: Rec, role: string): [string, string | undefined] {
  switch (role) {
    case 'exporter': return ['exporter.state', r.exporter?.state];
    case 'importer': return ['importer.state', r.importer?.state];
    case 'end_user': return ['end_user.state', r.end_user?.state];
  }
  if (r.authorizing_state !== undefined) return ['authorizing_state', r.authorizing_state];
  switch (r.activity) {
    case 'export': return ['exporter.state', r.exporter?.state];
    case 'import': return ['importer.state', r.importer?.state];
    case 'transit':
    case 'trans-shipment': return r.transit?.length === 1 ? ['transit[0].state', r.transit[0].state] : ['authorizing_state', undefined];
    default: return r.brokers?.length === 1 ? ['brokers[0].state', r.brokers[0].state] : ['authorizing_state', undefined];
  }
}

function profileOf(r: Rec, role: string, ev: Ev | undefined): [string, Profile] | undefined {
  const [path, code] = partyState(r, role);
  ev?.rec(path, code);
  if (!code) {
    ev?.miss(path);
    return undefined;
  }
  const state = states.get(code);
  if (!state) {
    ev?.miss(`context profile for ${code}`);
    return undefined;
  }
  return [code, state];
}

const profileFact = (s: Profile, field: string, value: unknown) => ({ fact: `${s.code}.${field}`, value: value === undefined ? '(not stated)' : value, source: s.origin });

/** "The party's state is party to one of these instruments." */
export function partyTo(r: Rec, role: string, instruments: readonly string[], ev: Ev | undefined): T {
  const found = profileOf(r, role, ev);
  if (!found) return U;
  const [code, s] = found;
  const treaties: string[] | undefined = s.p.treaties;
  ev?.facts.push(profileFact(s, 'treaties', treaties));
  if (!treaties) {
    ev?.miss(`${code}.treaties`);
    return U;
  }
  let held = false;
  for (const instrument of instruments) if (treaties.includes(instrument)) held = true;
  if (ev) {
    const named = instruments.filter(i => treaties.includes(i));
    ev.bind('state', { code, name: s.p.name ?? code });
    ev.bind('instrument', named.join(', ') || instruments.join(', '));
  }
  return held ? TR : F;
}

/** A field of a party's state profile (`armed_conflict`, `att`) tested against a list of values. */
export function profileIn(r: Rec, role: string, field: string, values: readonly string[], ev: Ev | undefined): T {
  const found = profileOf(r, role, ev);
  if (!found) return U;
  const [code, s] = found;
  const value = s.p[field];
  ev?.facts.push(profileFact(s, field, value));
  if (value === undefined) {
    ev?.miss(`${code}.${field}`);
    return U;
  }
  ev?.bind('state', { code, name: s.p.name ?? code, [field]: value });
  return values.includes(value) ? TR : F;
}

/** "The end user's state is in an internal or international armed conflict." */
export const inConflict = (r: Rec, ev: Ev | undefined): T => profileIn(r, 'end_user', 'armed_conflict', ['internal', 'international'], ev);

const simplify = (name: string): string => name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const yearsBefore = (date: string, years: number): string => `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`;

/** "A finding of these kinds in the last five years, not addressed", about the end user's kind (or itself). */
export function recentFinding(r: Rec, kinds: readonly string[], aboutType: boolean, sameActor: boolean, ev: Ev | undefined): T {
  const found = profileOf(r, 'end_user', ev);
  if (!found) return U;
  const [code, s] = found;
  const findings: Rec[] | undefined = s.p.findings;
  if (!findings) {
    if (ev) {
      ev.facts.push(profileFact(s, 'findings', undefined));
      ev.miss(`${code}.findings`);
    }
    return U;
  }
  const since = yearsBefore(r.date, 5);
  const type = r.end_user?.type;
  const name = r.end_user?.name;
  let result: T = F;
  const missing: string[] = [];
  let first: Rec | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (!kinds.includes(f.kind) || f.date > r.date || f.date < since) continue;
    const actor: T = !aboutType || f.actor_type === undefined ? TR : type === undefined || type === 'unknown' ? U : f.actor_type === type ? TR : F;
    const open: T = f.addressed === undefined ? U : f.addressed ? F : TR;
    const same: T = !sameActor ? TR : f.actor === undefined ? F : name === undefined ? U : simplify(f.actor) === simplify(name) ? TR : F;
    const value: T = actor === F || open === F || same === F ? F : actor === U || open === U || same === U ? U : TR;
    if (value === F) continue;
    if (value === TR) {
      first ??= f;
      result = TR;
    } else if (result === F) result = U;
    if (!ev) {
      if (result === TR) return result;
      continue;
    }
    if (same === U) missing.push('end_user.name');
    if (actor === U) missing.push('end_user.type');
    if (open === U) missing.push(`${code}.findings[${i}].addressed`);
    const addressed = f.addressed === undefined ? 'addressed: not stated' : f.addressed ? 'addressed' : 'not addressed';
    ev.facts.push({ fact: `${code}.findings[${i}]`, value: `${f.kind} finding${f.body ? ` by ${f.body}` : ''} of ${f.date} about ${f.actor ?? f.actor_type ?? 'state forces in general'}; ${addressed}`, source: s.findingOrigins[i] ?? s.origin });
  }
  if (ev) {
    if (aboutType) ev.rec('end_user.type', type);
    if (result === U) for (const m of missing) ev.miss(m);
    ev.bind('finding', first ? { kind: first.kind, date: first.date, body: first.body ?? 'a competent body', actor: first.actor ?? first.actor_type ?? 'state forces in general', summary: first.summary ?? '', source: first.source ?? '' } : undefined);
    ev.bind('state', { code, name: s.p.name ?? code });
  }
  return result;
}
