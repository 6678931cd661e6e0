// The decision step after the rules have run: json-rules-engine returns the events of the rules that
// fired; here they become statuses and levels, and the policy of criteria/att turns them into a
// decision (gates, mitigation one step down the risk scale, the ATT 7(3) overriding risk, worst
// decision first, `officer-check` yielding to `missing-information`). This step is plain TypeScript.
import type { Event } from 'json-rules-engine';
import { META } from './rules.js';

const SURVIVE_GATES = new Set(['att-2-3-un-embargo-own-use', 'att-6-1-un-arms-embargo', 'att-6-2-apmbc-anti-personnel-mines', 'att-6-2-ccm-cluster-munitions']);
const DECISIONS = ['prohibited', 'refuse', 'review', 'incomplete', 'approve-with-conditions', 'approve', 'out-of-scope'];
const DECISION_OF: Record<string, string> = {
  'out-of-scope': 'out-of-scope', prohibited: 'prohibited', high: 'refuse', substantial: 'review', 'officer-finding': 'review', 'officer-check': 'review',
  'missing-information': 'incomplete', moderate: 'approve-with-conditions', low: 'approve-with-conditions', none: 'approve',
};
const SCALE = ['high', 'substantial', 'moderate', 'low'];
const rank = (level: string) => DECISIONS.indexOf(DECISION_OF[level] ?? 'approve');

/** The decision and the criteria that set it, from one record's events. */
export function decide(events: readonly Event[], ownUse: boolean): { decision: string; decidedBy: string[] } {
  const triggered = new Map<string, string>();
  const unknown = new Map<string, string>();
  const mitigated = new Set<string>();
  for (const { type, params } of events) {
    if (type === 'mitigated') {
      mitigated.add(params!.id as string);
      continue;
    }
    const id = type === 'embargo' ? (ownUse ? 'att-2-3-un-embargo-own-use' : 'att-6-1-un-arms-embargo') : (params!.id as string);
    const level = type === 'embargo' && params!.status === 'triggered' ? META.find(m => m.id === id)!.level : (params!.level as string);
    if (params!.status === 'triggered') triggered.set(id, level);
    else if (!unknown.has(id) || rank(level) < rank(unknown.get(id)!)) unknown.set(id, level);
  }
  const levels: [string, string][] = [];
  const gate = META.slice(0, 2).find(m => triggered.has(m.id));
  let overriding = false;
  for (const m of META) {
    // The UN embargo and Convention checks survive the scope gates (`survives_gates` in the criteria).
    if (gate && m.id !== gate.id && !SURVIVE_GATES.has(m.id)) continue;
    let level = triggered.get(m.id);
    if (level !== undefined && !gate && m.mitigable && mitigated.has(m.id) && SCALE.includes(level)) level = SCALE[Math.min(SCALE.indexOf(level) + 1, SCALE.length - 1)]!;
    if (level !== undefined && m.kind === 'risk' && m.article === 'ATT 7' && level === 'high') overriding = true;
    level ??= unknown.get(m.id);
    if (level !== undefined) levels.push([m.id, level]);
  }
  if (overriding) levels.push(['att-7-3-overriding-risk', 'high']);
  const present = new Set(levels.map(([, level]) => level));
  let best = Infinity;
  let decidedBy: string[] = [];
  for (const [id, level] of levels) {
    if (level === 'officer-check' && present.has('missing-information')) continue;
    const r = rank(level);
    if (DECISION_OF[level] === 'approve') continue;
    if (r < best) {
      best = r;
      decidedBy = [id];
    } else if (r === best) decidedBy.push(id);
  }
  return { decision: best === Infinity ? 'approve' : DECISIONS[best]!, decidedBy };
}
