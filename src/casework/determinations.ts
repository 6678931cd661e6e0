import { StateProfileSchema } from '../schema/schemas.js';
import type { Determination, SourcedDetermination } from '../schema/index.js';
import type { DiagnosticCode } from '../diagnostics/index.js';

/** A problem with one determination: lint reports it; assess ignores the determination when it is an error. */
export interface DeterminationProblem {
  readonly code: DiagnosticCode;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly hint: string;
  readonly origin: string;
  readonly id: string;
}

/**
 * Record fields an officer may settle or judge. Everything else (the items and their flags, the
 * states of the parties, the activity, own-use, the end user's type and name, authorizations) is what
 * the ATT 6(1) embargo and 6(2) treaty prohibitions read: the applicant states it and the officer
 * corrects the application, never a determination, so no determination can lift a prohibition.
 */
const RECORD_FIELDS: readonly RegExp[] = [
  /^officer\.[a-z_0-9]+$/,
  /^end_user_certificate(\.[a-z_]+)?$/,
  /^import_authorization(\.[a-z_]+)?$/,
  /^mitigations$/,
  /^denials$/,
  /^end_use$/,
  /^transit\[\d+\]\.no_objection$/,
  /^brokers\[\d+\]\.registered$/,
];

/**
 * State profile fields an officer may establish. `treaties` is not one: treaty membership is a matter
 * of record in the depositary's collection and decides ATT 6(2), so it belongs in the profile itself,
 * with its source and `checked_on`.
 */
const STATE_FIELDS: readonly string[] = ['att', 'armed_conflict', 'findings'];

/** The record path a determination sets: the field, under the party when one is named. */
export function recordPathOf(determination: Determination): string | undefined {
  const { subject } = determination;
  if (!('record' in subject)) return undefined;
  return subject.party ? `${subject.party}.${determination.field}` : determination.field;
}

/** The fact name the engine's evidence uses for what a determination sets (`end_user_certificate.present`, `KE.armed_conflict`). */
export function factNameOf(determination: Determination): string {
  const { subject } = determination;
  return 'state' in subject ? `${subject.state}.${determination.field}` : (recordPathOf(determination) as string);
}

/** What the case knows, to tell orphaned determinations: the record ids and the states they name. */
export interface CaseScope {
  readonly records: ReadonlySet<string>;
  readonly states: ReadonlySet<string>;
}

/**
 * Checks determinations against the rules: a reason is required, the field must be one an officer may
 * determine, the value must fit it, it must not have expired by `today`, it must concern a record or
 * state of the case (when the case is known), and a subject's field is determined once.
 */
export function checkDeterminations(entries: readonly SourcedDetermination[], today: string, scope?: CaseScope): DeterminationProblem[] {
  const problems: DeterminationProblem[] = [];
  const seen = new Map<string, string>();
  for (const { determination: d, origin } of entries) {
    const problem = (code: DiagnosticCode, severity: 'error' | 'warning', message: string, hint: string): void => {
      problems.push({ code, severity, message, hint, origin, id: d.id });
    };
    if (!d.reason) problem('determination-no-reason', 'error', `determination ${d.id} gives no reason`, 'write the reason the officer relied on: reason: ...');
    if (d.expires !== undefined && d.expires < today) problem('determination-expired', 'error', `determination ${d.id} expired on ${d.expires}`, 'establish the fact again and write a new determination with a later expires date');
    if (d.expires === undefined) problem('determination-no-expiry', 'warning', `determination ${d.id} has no expiry date`, 'write expires: YYYY-MM-DD, the date by which the fact must be established again');
    if (!d.sources?.length) problem('determination-no-sources', 'warning', `determination ${d.id} cites no source`, 'list the documents or reports relied on under sources:');
    const fieldProblem = checkField(d);
    if (fieldProblem) problem('determination-protected-field', 'error', fieldProblem, 'an ATT 6 prohibition reads this fact: correct the application or the context profile instead');
    else {
      const valueProblem = checkStateValue(d);
      if (valueProblem) problem('determination-invalid-value', 'error', valueProblem, 'write a value of the field\'s type (see atra schema context)');
    }
    if (scope) {
      const { subject } = d;
      const known = 'record' in subject ? scope.records.has(subject.record) : scope.states.has(subject.state);
      if (!known) {
        const what = 'record' in subject ? `record ${subject.record}` : `state ${subject.state}`;
        problem('determination-orphaned', 'error', `determination ${d.id} concerns ${what}, which no record of the case names`, 'correct the record id or state code, or remove the determination');
      }
    }
    const key = `${JSON.stringify(d.subject)}|${factNameOf(d)}`;
    const first = seen.get(key);
    if (first) problem('determination-duplicate', 'error', `determination ${d.id} sets the same field as ${first}`, 'keep one determination per field: remove or merge the other');
    else seen.set(key, d.id);
  }
  return problems;
}

function checkField(d: Determination): string | undefined {
  if ('state' in d.subject) {
    return STATE_FIELDS.includes(d.field) ? undefined : `determination ${d.id}: a state's ${d.field} cannot be set by a determination (allowed: ${STATE_FIELDS.join(', ')})`;
  }
  const path = recordPathOf(d) as string;
  return RECORD_FIELDS.some(pattern => pattern.test(path)) ? undefined : `determination ${d.id}: the record field ${path} cannot be set by a determination`;
}

function checkStateValue(d: Determination): string | undefined {
  if (!('state' in d.subject)) return undefined;
  const field = StateProfileSchema.shape[d.field as 'att' | 'armed_conflict' | 'findings'];
  const parsed = field.safeParse(d.value);
  return parsed.success ? undefined : `determination ${d.id}: ${d.field} cannot be ${JSON.stringify(d.value)}: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
}

/** The determinations that may be used: those without an error. Warnings do not stop one. */
export function usable(entries: readonly SourcedDetermination[], problems: readonly DeterminationProblem[]): SourcedDetermination[] {
  const bad = new Set(problems.filter(p => p.severity === 'error').map(p => p.id));
  return entries.filter(entry => !bad.has(entry.determination.id));
}
