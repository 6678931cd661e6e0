// One record, start to finish: gates, criteria, mitigation (ATT 7(2), 11(2)) with risk factors and
// the policy's floor, the derived 7(2) and 7(3) findings, the unknowns classed by who can supply
// them, the decision with `yields_to`, and the compact NDJSON line, byte for byte as atra writes it.
import { Ev, F, TR, type Fact } from './evidence.js';
import { POSSIBLE, screening } from './embargo.js';
import { criteria, type Criterion, type Item } from './criteria.js';
import { inConflict, recentFinding, states } from './state-facts.js';
import type { Loaded, Texts } from './context.js';

type Rec = Record<string, any>;
type Status = 'triggered' | 'unknown' | 'clear' | 'not-applicable';

interface Finding {
  id: string;
  article: string;
  kind: string;
  status: Status;
  basis: string[];
  level?: string | undefined;
  residual?: string | undefined;
  explanation: string;
  evidence: Fact[];
  task?: string | undefined;
  conditions?: string[] | undefined;
  factors?: string[] | undefined;
  mitigations?: string[] | undefined;
}

const DECISIONS = ['prohibited', 'refuse', 'review', 'incomplete', 'approve-with-conditions', 'approve', 'out-of-scope'];
const SCALE = ['high', 'substantial', 'moderate', 'low'];
const RECORD_KEYS = new Set(['id', 'date', 'activity', 'authorizing_state', 'own_use_movement', 'exporter', 'importer', 'end_user', 'end_use', 'items', 'transit', 'brokers', 'end_user_certificate', 'import_authorization', 'authorizations', 'mitigations', 'denials', 'officer', 'licence', 'shipments', 'exclude_from_statistics']);
const STATUS: Status[] = ['clear', 'triggered', 'unknown'];

/** Renders `{{path}}` from the bound values, then from the record; a missing value reads "(not stated)". */
function render(template: string, bound: Rec, record: Rec): string {
  return template.replace(/\{\{\s*([a-z0-9_.[\]-]+)\s*\}\}/gi, (_, path: string) => {
    const segments = path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
    let value = read(bound, segments);
    if (value === undefined) value = read(record, segments);
    return display(value);
  });
}
function read(from: unknown, segments: string[]): unknown {
  let current = from;
  for (const s of segments) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, s)) return undefined;
    current = (current as Rec)[s];
  }
  return current ?? undefined;
}
function display(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(not stated)';
  if (Array.isArray(value)) return value.length ? value.map(display).join(', ') : '(none)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The assessor for one loaded criteria set and context. */
export function assessor(loaded: Loaded): (r: Rec, line: string) => { decision: string; line: string } {
  for (const [code, s] of loaded.states) states.set(code, s);
  const { policy } = loaded;
  Object.assign(screening, policy.screening ?? {});
  const decisionOf = new Map<string, string>(policy.levels.map((l: Rec) => [l.id, l.decision]));
  const yields = new Map<string, string[]>(policy.levels.filter((l: Rec) => l.yields_to).map((l: Rec) => [l.id, l.yields_to]));
  const rank = (level: string | undefined) => (level === undefined ? Infinity : DECISIONS.indexOf(decisionOf.get(level) ?? 'approve'));
  const list = criteria(loaded.embargoes);
  const texts = (c: Criterion) => loaded.texts.get(c.id) as Texts;
  const gates = list.filter(c => c.level === 'out-of-scope');
  const others = list.filter(c => c.level !== 'out-of-scope');
  // A clear or not-applicable criterion is printed by id only: one shared finding per criterion and status.
  const shared = new Map<Criterion, { clear: Finding; na: Finding }>();
  for (const c of list) {
    const base = { id: c.id, article: c.article, kind: c.kind, basis: texts(c).basis, explanation: '', evidence: [] };
    shared.set(c, { clear: { ...base, status: 'clear' }, na: { ...base, status: 'not-applicable' } });
  }
  const sharedFinding = (c: Criterion, status: 'clear' | 'not-applicable'): Finding => (status === 'clear' ? shared.get(c)!.clear : shared.get(c)!.na);

  function unknownEffect(c: Criterion, missing: string[]): { level: string; conditions: string[] } {
    if (c.unknownLevel !== undefined) return { level: c.unknownLevel, conditions: [] };
    if (missing.length === 0) return { level: policy.unknown_default, conditions: [] };
    const conditions: string[] = [];
    const suppliers = new Set<string>();
    const licence = texts(c).licence;
    for (const fact of missing) {
      let condition: string | undefined;
      for (const path in licence) if (fact === path || fact.startsWith(`${path}.`) || fact.startsWith(`${path}[`)) { condition = licence[path]; break; }
      if (condition !== undefined) {
        if (!conditions.includes(condition)) conditions.push(condition);
        suppliers.add('condition');
      } else {
        const head = /^[a-z_]+/.exec(fact)?.[0] ?? '';
        suppliers.add(!RECORD_KEYS.has(head) || head === 'officer' ? 'officer' : 'applicant');
      }
    }
    let worst: string = policy.unknowns.condition;
    let worstRank = Infinity;
    for (const s of suppliers) {
      const level = policy.unknowns[s];
      if (rank(level) < worstRank) {
        worst = level;
        worstRank = rank(level);
      }
    }
    return { level: worst, conditions: suppliers.size === 1 && suppliers.has('condition') ? conditions : [] };
  }

  function taskFor(c: Criterion, status: Status, missing: string[], bound: Rec, r: Rec): string | undefined {
    const t = texts(c);
    if (status === 'triggered' && t.tasks.triggered) return render(t.tasks.triggered, bound, r);
    if (status !== 'unknown') return undefined;
    if (t.tasks.unknown) return render(t.tasks.unknown, bound, r);
    return `Establish ${missing.join(', ') || 'the missing facts'} for ${t.basis.join(', ')}.`;
  }

  function evaluate(c: Criterion, r: Rec, line: string): Finding {
    const items = c.scope(r);
    if (!items || items.length === 0) return sharedFinding(c, 'not-applicable');
    if (c.test(r, items, undefined) === F) return sharedFinding(c, 'clear');
    const ev = new Ev(line);
    const status = STATUS[c.test(r, items, ev)]!;
    const t = texts(c);
    const basis = basisFor(c, items, t.basis);
    const bound: Rec = { ...ev.bound, missing: ev.missing, basis: basis.join(', ') };
    const explanation = capitalise(render(t.explain[status]!, bound, r));
    const effect = status === 'unknown' ? unknownEffect(c, ev.missing) : undefined;
    const possible = status === 'unknown' ? ev.missing.filter(m => m.startsWith(POSSIBLE)) : [];
    const level = status === 'triggered' ? c.level : effect && possible.length ? (rank(screening.possible_level) <= rank(effect.level) ? screening.possible_level : effect.level) : effect?.level;
    const others = ev.missing.filter(m => !m.startsWith(POSSIBLE));
    let task: string | undefined;
    if (possible.length) {
      const other = others.length ? taskFor(c, status, others, { ...bound, missing: others }, r) : undefined;
      const lines = possible.map(p => p.slice(POSSIBLE.length + 2));
      const what = possible.length === 1 ? 'a possible match' : `${possible.length} possible matches`;
      task = `Resolve ${what} (${lines.join(' | ')}): record it as false-positive or true-match in a screening-decisions file and re-run.`;
      if (other) task = `${task} ${other}`;
    } else if (!(effect?.conditions.length || (effect && decisionOf.get(effect.level) === 'approve'))) task = taskFor(c, status, ev.missing, bound, r);
    const factors = status === 'triggered' && c.factors ? c.factors.filter(f => f.test(r) === TR).map(f => f.id) : undefined;
    return {
      id: c.id, article: c.article, kind: c.kind, status, basis, level, explanation, evidence: unique(ev.facts), task,
      conditions: effect?.conditions.length ? effect.conditions : status === 'triggered' && t.condition ? [t.condition] : undefined,
      factors: factors?.length ? factors : undefined,
    };
  }

  /** ATT 7(2), 11(2): agreed measures lower a triggered risk one step, unless a factor or floor forbids it. */
  function mitigate(f: Finding, c: Criterion, r: Rec, floor: () => boolean): void {
    if (f.status !== 'triggered' || f.level === undefined) return;
    const index = SCALE.indexOf(f.level);
    if (index < 0) return;
    const measures = c.measures ?? [];
    const named = new Set(measures.map(m => (typeof m === 'string' ? m : m.measure)));
    const agreed: string[] = [];
    const proposed: string[] = [];
    for (const m of (r.mitigations ?? []) as Rec[]) if (named.has(m.measure)) (m.agreed === true ? agreed : proposed).push(m.measure);
    let residual = f.level;
    let note = '';
    let counts = false;
    if (agreed.length) {
      const covered = new Set<string>();
      for (const m of measures) {
        if (!agreed.includes(typeof m === 'string' ? m : m.measure)) continue;
        for (const factor of typeof m === 'string' ? (c.factors ?? []).map(x => x.id) : m.addresses) covered.add(factor);
      }
      const unaddressed = (f.factors ?? []).filter(id => !covered.has(id)).map(id => c.factors?.find(x => x.id === id)?.description ?? id);
      const floorLevel = policy.mitigation.never_below?.[0];
      if (unaddressed.length) note = ` Agreed mitigation (${agreed.join(', ')}) does not address the source of this risk: ${unaddressed.join('; ')}. It does not lower the risk.`;
      else if (floorLevel && SCALE.indexOf(floorLevel.level) >= 0 && SCALE.indexOf(floorLevel.level) <= index && floor()) note = ` Agreed mitigation (${agreed.join(', ')}) cannot lower this risk: ${floorLevel.description} (policy ${floorLevel.id}).`;
      else {
        counts = true;
        const bottom = Math.max(index, SCALE.indexOf(policy.mitigation.floor));
        residual = SCALE[Math.min(index + policy.mitigation.steps, bottom)] ?? f.level;
        note = residual === f.level
          ? ` Agreed mitigation (${agreed.join(', ')}) cannot lower this risk further under the policy.`
          : ` Agreed mitigation (${agreed.join(', ')}) lowers the risk from ${f.level} to ${residual} (${f.article === 'ATT 11' ? 'ATT 11(2)' : 'ATT 7(2)'}).`;
      }
    } else if (proposed.length) note = ` Proposed mitigation (${proposed.join(', ')}) is not yet agreed, so it does not lower the risk.`;
    else if (measures.length) note = ` No agreed mitigation addresses it; measures that would count: ${[...named].join(', ')}.`;
    f.residual = residual;
    f.mitigations = counts ? agreed : undefined;
    f.explanation += note;
  }

  function mitigationFinding(findings: Finding[]): Finding {
    const spec = policy.mitigation;
    const risks = findings.filter(f => (f.article === 'ATT 7' || f.article === 'ATT 11') && f.status === 'triggered' && f.level !== undefined && SCALE.includes(f.level));
    const base = { id: spec.id, article: 'ATT 7', kind: 'procedural', evidence: [] };
    if (risks.length === 0) {
      const unknown = findings.some(f => (f.article === 'ATT 7' || f.article === 'ATT 11') && f.status === 'unknown' && (f.kind === 'risk' || f.kind === 'diversion'));
      return { ...base, status: unknown ? 'unknown' : 'not-applicable', basis: spec.basis, explanation: unknown ? spec.explain.unknown : '' };
    }
    const unmitigated = risks.filter(f => !f.mitigations?.length);
    const articles = new Set(risks.map(f => f.article));
    const basis: string[] = [];
    for (const [article, b] of Object.entries<string[]>(spec.article_basis)) if (articles.has(article)) for (const x of b) if (!basis.includes(x)) basis.push(x);
    if (!unmitigated.length) return { ...base, status: 'clear', basis, explanation: '' };
    return { ...base, status: 'triggered', basis, explanation: spec.explain.triggered.replace('{{unmitigated}}', unmitigated.map(f => `${f.id} (${f.level})`).join('; ')) };
  }

  function overridingFinding(findings: Finding[]): Finding {
    const spec = policy.overriding;
    const threshold = SCALE.indexOf(spec.at_or_above);
    const relevant = findings.filter(f => f.kind === 'risk' && f.article === 'ATT 7');
    const overriding = relevant.filter(f => {
      const level = f.status === 'triggered' ? (f.residual ?? f.level) : undefined;
      return level !== undefined && SCALE.includes(level) && SCALE.indexOf(level) <= threshold;
    });
    const base = { id: spec.id, article: 'ATT 7', kind: 'risk-decision', basis: spec.basis, evidence: [] };
    if (overriding.length) {
      return { ...base, status: 'triggered', level: spec.level, explanation: spec.explain.triggered.replace('{{overriding}}', overriding.map(f => `${f.id} (${f.basis.join(', ')}): residual ${f.residual ?? f.level ?? ''}`).join('; ')) };
    }
    if (relevant.every(f => f.status === 'not-applicable')) return { ...base, status: 'not-applicable', explanation: '' };
    const unknown = relevant.filter(f => f.status === 'unknown');
    if (!unknown.length) return { ...base, status: 'clear', explanation: '' };
    return { ...base, status: 'unknown', explanation: spec.explain.unknown.replace('{{unknown}}', unknown.map(f => f.id).join('; ')) };
  }

  function decide(findings: Finding[]): [string, string[]] {
    const effective = (f: Finding) => (f.status === 'triggered' ? (f.residual ?? f.level) : f.status === 'unknown' ? f.level : undefined);
    const present = new Set(findings.map(effective));
    let decision = 'approve';
    let current = Infinity;
    let by: string[] = [];
    for (const f of findings) {
      const level = effective(f);
      if (level === undefined) continue;
      if (yields.get(level)?.some(other => present.has(other))) continue;
      const mapped = decisionOf.get(level);
      if (mapped === undefined || mapped === 'approve') continue;
      const r = DECISIONS.indexOf(mapped);
      if (r < current) {
        decision = mapped;
        current = r;
        by = [f.id];
      } else if (r === current) by.push(f.id);
    }
    return [decision, by];
  }

  return (r, line) => {
    const gateFindings = gates.map(c => evaluate(c, r, line));
    const triggeredGates = gateFindings.filter(f => f.status === 'triggered').sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let findings: Finding[];
    let deciding: Finding[];
    if (triggeredGates.length) {
      const survivors = others.map(c => (c.survivesGates ? evaluate(c, r, line) : sharedFinding(c, 'not-applicable')));
      findings = [...gateFindings, ...survivors];
      deciding = [...triggeredGates, ...survivors.filter((_, i) => others[i]!.survivesGates)];
    } else {
      let floor: boolean | undefined;
      const floorHolds = () => (floor ??= recentFinding(r, ['ihl', 'human-rights', 'gbv'], true, true, undefined) === TR && inConflict(r, undefined) === TR);
      const assessed = others.map(c => {
        const f = evaluate(c, r, line);
        if (f.status === 'triggered') mitigate(f, c, r, floorHolds);
        return f;
      });
      findings = [...gateFindings, ...assessed];
      findings.push(mitigationFinding(assessed), overridingFinding(assessed));
      deciding = findings;
    }
    const [decision, by] = decide(deciding);
    const conditions: string[] = [];
    for (const f of findings) for (const c of f.conditions ?? []) if (!conditions.includes(c)) conditions.push(c);
    for (const f of findings) {
      if (f.status !== 'triggered' || !f.mitigations?.length) continue;
      const c = `Agreed measures, as conditions of the licence (${f.basis.join(', ')}): ${f.mitigations.join(', ')}.`;
      if (!conditions.includes(c)) conditions.push(c);
    }
    return { decision, line: line_(r.id, line, decision, by, findings, conditions) };
  };
}

function basisFor(c: Criterion, items: Item[], fallback: string[]): string[] {
  if (!c.scopeBasis) return fallback;
  const out: string[] = [];
  c.scopeBasis.forEach((basis, index) => {
    if (!basis || !items.some(i => i.s === index)) return;
    for (const b of basis) if (!out.includes(b)) out.push(b);
  });
  return out.length ? out : fallback;
}

function unique(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter(f => {
    const key = `${f.fact}\u0000${f.source}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const q = JSON.stringify;

/** The compact NDJSON line, key for key as atra writes it. */
function line_(id: string, source: string, decision: string, by: string[], findings: Finding[], conditions: string[]): string {
  let out = `{"id":${q(id)},"source":${q(source)},"decision":"${decision}","decided_by":${q(by)},"findings":[`;
  let clear = '';
  let na = '';
  let first = true;
  for (const f of findings) {
    if (f.status === 'clear') clear += `${clear ? ',' : ''}"${f.id}"`;
    else if (f.status === 'not-applicable') na += `${na ? ',' : ''}"${f.id}"`;
    else {
      out += `${first ? '' : ','}{"criterion":"${f.id}","basis":${q(f.basis)},"status":"${f.status}"`;
      first = false;
      if (f.level !== undefined) out += `,"level":"${f.level}"`;
      if (f.residual !== undefined) out += `,"residual_level":"${f.residual}"`;
      out += `,"explanation":${q(f.explanation)},"evidence":[`;
      for (let i = 0; i < f.evidence.length; i++) {
        const e = f.evidence[i]!;
        out += `${i ? ',' : ''}{"fact":${q(e.fact)},"value":${q(e.value) ?? 'null'}${e.source === source ? '}' : `,"source":${q(e.source)}}`}`;
      }
      out += ']';
      if (f.task !== undefined) out += `,"task":${q(f.task)}`;
      out += '}';
    }
  }
  out += ']';
  if (conditions.length) out += `,"conditions":${q(conditions)}`;
  return `${out},"clear":[${clear}],"not_applicable":[${na}]}\n`;
}

