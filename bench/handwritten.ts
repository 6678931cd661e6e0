// The practical limit: the built-in ATT criteria and policy written by hand in plain TypeScript, with
// the same three-valued semantics, mitigation and decision rules. No evidence, no explanations.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

type T = 0 | 1 | 2; // false, true, unknown
const F = 0, TR = 1, U = 2;
const and = (...v: T[]): T => (v.includes(F) ? F : v.includes(U) ? U : TR);
const or = (...v: T[]): T => (v.includes(TR) ? TR : v.includes(U) ? U : F);
const not = (v: T): T => (v === U ? U : v === TR ? F : TR);
const eq = (value: unknown, expected: unknown): T => (value === undefined ? U : value === expected ? TR : F);

interface Finding { kind: string; actor_type?: string; date: string; addressed?: boolean }
interface Profile { treaties?: string[]; armed_conflict?: string; findings?: Finding[] }
interface Embargo { authority: string; target: string; scope: string; listed: string[]; categories: 'all' | string[]; exempt_end_user_types?: string[]; from: string; until: string | null; checked_on?: string; region?: string }
export interface Context { states: Map<string, Profile>; embargoes: Embargo[] }
type Rec = Record<string, any>;

/** Loads the built-in context the way atra does by default: the UN embargoes. */
export function loadContext(root: string): Context {
  const states = new Map<string, Profile>();
  const embargoes: Embargo[] = [];
  // The context atra loads by default (the UN embargoes): the training states load only on request.
  for (const dir of ['criteria/context/un']) {
    for (const name of ['states.yaml', 'embargoes.yaml']) {
      let text: string;
      try { text = readFileSync(`${root}/${dir}/${name}`, 'utf8'); } catch { continue; }
      const doc = parse(text);
      for (const [code, profile] of Object.entries(doc.states ?? {})) states.set(code, profile as Profile);
      for (const e of doc.embargoes ?? []) embargoes.push({ listed: [], ...e });
    }
  }
  return { states, embargoes };
}

const GOV = new Set(['armed-forces', 'police', 'other-government']);
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const yearsBefore = (d: string, n: number) => `${Number(d.slice(0, 4)) - n}${d.slice(4)}`;

function embargo(r: Rec, ctx: Context, items: Rec[]): T {
  const dests: (string | undefined)[] = [r.importer?.state, r.end_user?.state, ...(r.transit ?? []).map((t: Rec) => t.state)];
  const type = r.end_user?.type;
  const out: T[] = [];
  for (const e of ctx.embargoes) {
    if (e.authority !== 'UN' || r.date < e.from) continue;
    const force: T = e.until === null || r.date <= e.until ? TR : e.checked_on !== undefined && e.checked_on > e.until ? F : U;
    if (force === F) continue;
    let target: T;
    if (e.target === 'any') target = TR;
    else if (dests.includes(e.target)) target = e.region ? U : TR;
    else target = dests.includes(undefined) ? U : F;
    const category: T = e.categories === 'all' || items.some(i => (e.categories as string[]).includes(i.category)) ? TR : F;
    const exempt = e.exempt_end_user_types ?? [];
    const notExempt: T = exempt.length === 0 ? TR : type === undefined || type === 'unknown' ? U : exempt.includes(type) ? F : TR;
    let scope: T = TR;
    if (e.scope === 'non-state-actors') scope = type === undefined || type === 'unknown' ? U : GOV.has(type) ? F : TR;
    if (e.scope === 'listed') {
      const listed = new Set(e.listed.map(norm));
      const names = [r.end_user?.name, r.importer?.name, ...(r.brokers ?? []).map((b: Rec) => b.name)];
      scope = names.some(n => n !== undefined && listed.has(norm(n))) ? TR : r.end_user?.name === undefined ? U : F;
    }
    out.push(and(force, target, category, notExempt, scope));
  }
  return or(...out);
}

function profileOf(r: Rec, ctx: Context, role: string): Profile | undefined {
  const code = r[role]?.state;
  return code === undefined ? undefined : ctx.states.get(code);
}

function finding(r: Rec, ctx: Context, kinds: string[], aboutType: boolean): T {
  const p = profileOf(r, ctx, 'end_user');
  if (!p || !p.findings) return U;
  const since = yearsBefore(r.date, 5);
  const type = r.end_user?.type;
  const v: T[] = [];
  for (const f of p.findings) {
    if (!kinds.includes(f.kind) || f.date > r.date || f.date < since) continue;
    const actor: T = !aboutType || f.actor_type === undefined ? TR : type === undefined || type === 'unknown' ? U : f.actor_type === type ? TR : F;
    const open: T = f.addressed === undefined ? U : f.addressed ? F : TR;
    v.push(and(actor, open));
  }
  return or(...v);
}

function partyTo(r: Rec, ctx: Context, instrument: string): T {
  const p = profileOf(r, ctx, 'exporter');
  if (!p || !p.treaties) return U;
  return p.treaties.includes(instrument) ? TR : F;
}

const someOf = (list: Rec[] | undefined, test: (e: Rec) => T): T => (list === undefined ? U : or(...list.map(test)));
const docHas = (d: Rec | undefined, prop: string): T => (d === undefined ? U : d.present === false ? F : and(d.present === true ? TR : U, d[prop] === undefined ? U : d[prop] === true ? TR : F));

interface Crit { id: string; article: string; kind: string; level: string; unknown: string; measures?: string[]; applies: (r: Rec) => Rec[] | undefined; test: (r: Rec, ctx: Context, items: Rec[]) => T }
const covered = (r: Rec) => r.items.filter((i: Rec) => i.category !== 'other');
const exportOnly = (r: Rec) => (r.activity === 'export' ? covered(r) : []);
const arms = (r: Rec) => covered(r).filter((i: Rec) => i.class === 'arm');

/** The 20 ATT criteria, as in criteria/att/criteria/*.yaml. */
export const CRITERIA: Crit[] = [
  { id: 'att-2-1-covered-items', article: 'ATT 2', kind: 'scope', level: 'out-of-scope', unknown: 'missing-information', applies: r => r.items, test: r => not(r.items.some((i: Rec) => i.category !== 'other') ? TR : F) },
  { id: 'att-2-3-own-use-movement', article: 'ATT 2', kind: 'scope', level: 'out-of-scope', unknown: 'none', applies: r => r.items, test: r => eq(r.own_use_movement, true) },
  { id: 'att-6-1-un-arms-embargo', article: 'ATT 6', kind: 'prohibition', level: 'prohibited', unknown: 'missing-information', applies: r => r.items, test: (r, c, items) => embargo(r, c, items) },
  { id: 'att-6-2-apmbc-anti-personnel-mines', article: 'ATT 6', kind: 'prohibition', level: 'prohibited', unknown: 'missing-information', applies: covered, test: (r, c, items) => and(or(...items.map(i => (i.flags === undefined ? U : i.flags.includes('anti-personnel-mine') ? TR : F))), partyTo(r, c, 'apmbc')) },
  { id: 'att-6-2-ccm-cluster-munitions', article: 'ATT 6', kind: 'prohibition', level: 'prohibited', unknown: 'missing-information', applies: covered, test: (r, c, items) => and(or(...items.map(i => (i.flags === undefined ? U : i.flags.includes('cluster-munition') ? TR : F))), partyTo(r, c, 'ccm')) },
  { id: 'att-6-3-knowledge-of-atrocity-crimes', article: 'ATT 6', kind: 'officer', level: 'prohibited', unknown: 'officer-finding', applies: r => r.items, test: r => eq(r.officer?.knowledge_6_3, true) },
  { id: 'att-7-1-a-peace-and-security', article: 'ATT 7', kind: 'risk', level: 'substantial', unknown: 'missing-information', measures: ['confidence-building-measure', 'joint-programme', 'end-use-monitoring'], applies: exportOnly, test: (r, c) => { const p = profileOf(r, c, 'end_user'); return !p || p.armed_conflict === undefined ? U : ['internal', 'international'].includes(p.armed_conflict) ? TR : F; } },
  { id: 'att-7-1-b-i-ihl', article: 'ATT 7', kind: 'risk', level: 'high', unknown: 'missing-information', measures: ['ihl-training', 'end-use-monitoring', 'joint-programme'], applies: exportOnly, test: (r, c) => finding(r, c, ['ihl'], true) },
  { id: 'att-7-1-b-ii-human-rights', article: 'ATT 7', kind: 'risk', level: 'high', unknown: 'missing-information', measures: ['human-rights-training', 'end-use-monitoring', 'joint-programme'], applies: exportOnly, test: (r, c) => finding(r, c, ['human-rights'], true) },
  { id: 'att-7-1-b-iii-terrorism', article: 'ATT 7', kind: 'risk', level: 'high', unknown: 'missing-information', measures: ['end-use-monitoring', 'post-shipment-verification'], applies: exportOnly, test: (r, c) => and(or(finding(r, c, ['terrorism'], true), eq(r.end_user?.type, 'non-state-armed-group')), partyTo(r, c, 'terrorist-bombings-convention')) },
  { id: 'att-7-1-b-iv-organized-crime', article: 'ATT 7', kind: 'risk', level: 'substantial', unknown: 'missing-information', measures: ['end-use-monitoring', 'post-shipment-verification', 'stockpile-management'], applies: exportOnly, test: (r, c) => and(finding(r, c, ['organized-crime'], true), partyTo(r, c, 'untoc')) },
  { id: 'att-7-4-gender-based-violence', article: 'ATT 7', kind: 'risk', level: 'high', unknown: 'missing-information', measures: ['gbv-prevention-programme', 'end-use-monitoring'], applies: exportOnly, test: (r, c) => finding(r, c, ['gbv'], true) },
  { id: 'att-9-transit-non-objection', article: 'ATT 9', kind: 'procedural', level: 'missing-information', unknown: 'missing-information', applies: arms, test: r => someOf(r.transit, t => eq(t.no_objection, false)) },
  { id: 'att-10-unregistered-broker', article: 'ATT 10', kind: 'procedural', level: 'substantial', unknown: 'missing-information', applies: arms, test: r => someOf(r.brokers, b => eq(b.registered, false)) },
  { id: 'att-11-2-delivery-verification', article: 'ATT 11', kind: 'diversion', level: 'low', unknown: 'missing-information', applies: arms, test: r => and(eq(r.end_user_certificate?.present, true), not(docHas(r.end_user_certificate, 'delivery_verification'))) },
  { id: 'att-11-2-diversion-record', article: 'ATT 11', kind: 'diversion', level: 'high', unknown: 'missing-information', measures: ['post-shipment-verification', 'delivery-verification', 'end-use-monitoring'], applies: arms, test: (r, c) => finding(r, c, ['diversion', 'reexport-violation'], false) },
  { id: 'att-11-2-end-user-identified', article: 'ATT 11', kind: 'diversion', level: 'missing-information', unknown: 'missing-information', applies: arms, test: r => or(r.end_user?.name === undefined ? TR : F, r.end_user?.state === undefined ? TR : F, eq(r.end_user?.type, 'unknown')) },
  { id: 'att-11-2-euc-authentication', article: 'ATT 11', kind: 'diversion', level: 'substantial', unknown: 'missing-information', applies: arms, test: r => and(eq(r.end_user_certificate?.present, true), eq(r.end_user_certificate?.authenticated, false)) },
  { id: 'att-11-2-euc-missing', article: 'ATT 11', kind: 'diversion', level: 'missing-information', unknown: 'missing-information', applies: arms, test: r => not(eq(r.end_user_certificate?.present, true)) },
  { id: 'att-11-2-euc-non-reexport', article: 'ATT 11', kind: 'diversion', level: 'substantial', unknown: 'missing-information', measures: ['re-export-assurance'], applies: arms, test: r => and(eq(r.end_user_certificate?.present, true), not(docHas(r.end_user_certificate, 'non_reexport_clause'))) },
];

const SCALE = ['high', 'substantial', 'moderate', 'low'];
const DECISION: Record<string, string> = { 'out-of-scope': 'out-of-scope', prohibited: 'prohibited', high: 'refuse', substantial: 'review', 'officer-finding': 'review', 'missing-information': 'incomplete', moderate: 'approve-with-conditions', low: 'approve-with-conditions', none: 'approve' };
const RANK = ['prohibited', 'refuse', 'review', 'incomplete', 'approve-with-conditions', 'approve', 'out-of-scope'];
const STATUS = ['clear', 'triggered', 'unknown'] as const;

/** Evaluates one record: the decision and every criterion's status, as atra's compact output has them. */
export function evaluate(r: Rec, ctx: Context): { id: string; decision: string; statuses: Record<string, string> } {
  const statuses: Record<string, string> = {};
  const effects: { id: string; level: string; kind: string; article: string; status: string; mitigated: boolean }[] = [];
  const gates = CRITERIA.slice(0, 2).map(c => c.test(r, ctx, r.items));
  CRITERIA.slice(0, 2).forEach((c, i) => (statuses[c.id] = STATUS[gates[i]!]));
  if (gates.includes(TR)) {
    for (const other of CRITERIA.slice(2)) statuses[other.id] = 'not-applicable';
    statuses['att-7-2-mitigation'] = 'not-applicable';
    statuses['att-7-3-overriding-risk'] = 'not-applicable';
    return { id: r.id, decision: 'out-of-scope', statuses };
  }
  for (const c of CRITERIA.slice(2)) {
    const items = c.applies(r) ?? [];
    if (items.length === 0) { statuses[c.id] = 'not-applicable'; effects.push({ id: c.id, level: '', kind: c.kind, article: c.article, status: 'not-applicable', mitigated: false }); continue; }
    const v = c.test(r, ctx, items);
    statuses[c.id] = STATUS[v];
    let level = v === TR ? c.level : v === U ? c.unknown : '';
    let mitigated = false;
    if (v === TR && SCALE.includes(level) && c.measures && (r.mitigations ?? []).some((m: Rec) => m.agreed === true && c.measures!.includes(m.measure))) {
      level = SCALE[Math.min(SCALE.indexOf(level) + 1, SCALE.length - 1)]!;
      mitigated = true;
    }
    effects.push({ id: c.id, level, kind: c.kind, article: c.article, status: STATUS[v], mitigated });
  }
  const risks = effects.filter(e => (e.article === 'ATT 7' || e.article === 'ATT 11') && e.status === 'triggered' && SCALE.includes(CRITERIA.find(c => c.id === e.id)!.level));
  statuses['att-7-2-mitigation'] = risks.length === 0 ? (effects.some(e => (e.article === 'ATT 7' || e.article === 'ATT 11') && e.status === 'unknown' && (e.kind === 'risk' || e.kind === 'diversion')) ? 'unknown' : 'not-applicable') : risks.some(e => !e.mitigated) ? 'triggered' : 'clear';
  const art7 = effects.filter(e => e.kind === 'risk' && e.article === 'ATT 7');
  const over = art7.some(e => e.status === 'triggered' && e.level === 'high');
  statuses['att-7-3-overriding-risk'] = over ? 'triggered' : art7.every(e => e.status === 'not-applicable') ? 'not-applicable' : art7.some(e => e.status === 'unknown') ? 'unknown' : 'clear';
  if (over) effects.push({ id: 'att-7-3-overriding-risk', level: 'high', kind: '', article: '', status: 'triggered', mitigated: false });
  let decision = 'approve';
  for (const e of effects) {
    const d = e.level ? DECISION[e.level] : undefined;
    if (d && d !== 'approve' && RANK.indexOf(d) < RANK.indexOf(decision)) decision = d;
  }
  return { id: r.id, decision, statuses };
}
