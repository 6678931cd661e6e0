import { type TransferRecord } from '../schema/index.js';
import { StateProfileSchema, TransferRecordSchema } from '../schema/schemas.js';
import type { AssessmentContext, ContextState } from '../engine/index.js';
import type { SourcedDetermination } from '../schema/index.js';
import { recordPathOf, type DeterminationProblem } from './determinations.js';

// Applying checked determinations: to a copy of the record, or to a copy of the context's state profiles.

/** A determination applied: the fact it set, for evidence lines and the report. */
export interface AppliedDetermination {
  readonly entry: SourcedDetermination;
  readonly fact: string;
}

/**
 * Applies a record's determinations to a copy of it. A value that does not fit the record's schema
 * is not applied and comes back as a problem.
 */
export function applyToRecord(record: TransferRecord, entries: readonly SourcedDetermination[]): { record: TransferRecord; applied: AppliedDetermination[]; problems: DeterminationProblem[] } {
  let current = record;
  const applied: AppliedDetermination[] = [];
  const problems: DeterminationProblem[] = [];
  for (const entry of entries) {
    const d = entry.determination;
    if (!('record' in d.subject) || d.subject.record !== record.id) continue;
    const path = recordPathOf(d) as string;
    const copy = structuredClone(current) as Record<string, unknown>;
    if (!setPath(copy, path, d.value)) {
      problems.push({ code: 'determination-invalid-value', severity: 'error', message: `determination ${d.id}: record ${record.id} has no ${path.replace(/\.[^.]+$/, '')} to set ${path} on`, hint: 'name a party or list entry the record has', origin: entry.origin, id: d.id });
      continue;
    }
    const parsed = TransferRecordSchema.safeParse(copy);
    if (!parsed.success) {
      problems.push({ code: 'determination-invalid-value', severity: 'error', message: `determination ${d.id}: ${path} cannot be ${JSON.stringify(d.value)}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, hint: 'write a value of the field\'s type (see atra schema record)', origin: entry.origin, id: d.id });
      continue;
    }
    current = parsed.data;
    applied.push({ entry, fact: path });
  }
  return { record: current, applied, problems };
}

/** Sets `a.b[0].c`, creating plain objects on the way but never list entries the record lacks. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): boolean {
  const segments = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node: Record<string, unknown> | unknown[] = target;
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    const key: string | number = /^\d+$/.test(segment) ? Number(segment) : segment;
    if (Array.isArray(node) !== (typeof key === 'number')) return false;
    const holder = node as Record<string | number, unknown>;
    if (last) {
      holder[key] = value;
      return true;
    }
    if (holder[key] === undefined) {
      if (typeof key === 'number' || /^\d+$/.test(segments[index + 1] ?? '')) return false;
      holder[key] = {};
    }
    const next = holder[key];
    if (next === null || typeof next !== 'object') return false;
    node = next as Record<string, unknown>;
  }
  return false;
}

/**
 * The context with the state determinations laid over it: each determined field replaces the
 * profile's, and a state without a profile gets one made of its determinations. The entry's origin
 * (and each determined finding's) points at the determination.
 */
export function applyToContext(context: AssessmentContext, entries: readonly SourcedDetermination[]): { context: AssessmentContext; applied: AppliedDetermination[] } {
  const states = new Map(context.states);
  const applied: AppliedDetermination[] = [];
  for (const entry of entries) {
    const d = entry.determination;
    if (!('state' in d.subject)) continue;
    const code = d.subject.state;
    const existing = states.get(code);
    const profile = { ...(existing?.profile ?? {}), [d.field]: d.value };
    const parsed = StateProfileSchema.safeParse(profile);
    if (!parsed.success) continue;
    const state: ContextState = {
      code,
      profile: parsed.data,
      origin: existing?.origin ?? entry.origin,
      findingOrigins: d.field === 'findings' ? (parsed.data.findings ?? []).map(() => entry.origin) : (existing?.findingOrigins ?? []),
    };
    states.set(code, state);
    applied.push({ entry, fact: `${code}.${d.field}` });
  }
  return { context: { ...context, states }, applied };
}
