import type { Severity } from './diagnostic.js';

/** One lint rule: a stable code CI can filter on, its default severity, and what it checks. */
export interface LintRule {
  readonly code: string;
  readonly severity: Severity;
  readonly description: string;
}

/** Every rule `atra lint` applies. Codes never change meaning; new checks get new codes. */
export const LINT_RULES: readonly LintRule[] = [
  { code: 'yaml-syntax', severity: 'error', description: 'The file is not valid YAML.' },
  { code: 'schema', severity: 'error', description: 'A value does not match the schema (wrong type, missing field, bad value).' },
  { code: 'unknown-key', severity: 'error', description: 'A key the schema does not have, usually a typo.' },
  { code: 'basis-format', severity: 'error', description: 'A basis is not in the contract form, e.g. ATT 7(1)(b)(i) or EU CP Criterion 2.' },
  { code: 'missing-question', severity: 'error', description: 'A criterion has no officer question.' },
  { code: 'missing-explanation', severity: 'error', description: 'A criterion lacks an explanation for triggered, clear or unknown.' },
  { code: 'duplicate-id', severity: 'error', description: 'Two criteria or levels share an id.' },
  { code: 'unknown-field', severity: 'error', description: 'A condition reads a field the record schema does not have.' },
  { code: 'unknown-risk-factor', severity: 'error', description: 'A mitigation measure claims to address a risk factor the criterion does not define.' },
  { code: 'unknown-level', severity: 'error', description: 'A criterion sets a level the decision policy does not define.' },
  { code: 'policy-unmapped', severity: 'error', description: 'The decision policy leaves a status or level without a decision.' },
  { code: 'extends-cycle', severity: 'error', description: 'Criteria sets extend each other in a cycle.' },
  { code: 'unknown-criterion', severity: 'error', description: 'An override or disable names a criterion that does not exist.' },
  { code: 'missing-policy', severity: 'error', description: 'A criteria set has no decision policy and inherits none.' },
  { code: 'file-not-found', severity: 'error', description: 'A referenced file does not exist.' },
  { code: 'missing-source', severity: 'error', description: 'An embargo, state fact or finding about a real state has no source.' },
  { code: 'missing-checked-on', severity: 'error', description: 'An embargo or state fact about a real state has no checked_on date.' },
  { code: 'unverified-entry', severity: 'warning', description: 'A context entry says it could not be verified against its source (verified: false).' },
  { code: 'unverified-checked', severity: 'error', description: 'An entry marked verified: false also claims a checked_on date.' },
  { code: 'embargo-expired', severity: 'warning', description: 'An embargo\'s until date has passed and nobody has checked it since.' },
  { code: 'condition-never', severity: 'warning', description: 'A condition can never hold (it tests a value the field cannot take).' },
  { code: 'condition-always', severity: 'warning', description: 'A condition holds whenever the field is present (it lists every value).' },
  { code: 'unknown-placeholder', severity: 'warning', description: 'An explanation uses a {{placeholder}} that no fact or record field fills.' },
  { code: 'path-outside-root', severity: 'error', description: 'A path in a criteria set (extends, policy, criteria) or a linked file leads outside the folder being checked, or into a hidden folder.' },
  { code: 'reserved-key', severity: 'error', description: 'A key names a JavaScript object internal (__proto__, constructor, toString, …).' },
  { code: 'duplicate-key', severity: 'error', description: 'A key is written twice in one mapping; one value would silently win.' },
  { code: 'yaml-resources', severity: 'error', description: 'A YAML document expands too many aliases (an alias bomb) or is nested too deeply.' },
  { code: 'file-unreadable', severity: 'error', description: 'A file is not UTF-8 text, is too large, or is a folder or device.' },
  { code: 'internal-placeholder', severity: 'error', description: 'An explanation uses a {{placeholder}} naming an object internal (constructor, __proto__, toString, …).' },
  { code: 'screening-no-reason', severity: 'error', description: 'A screening decision gives no reason.' },
  { code: 'screening-expired', severity: 'error', description: 'A screening decision has expired: the hit needs a fresh review.' },
  { code: 'screening-no-entry', severity: 'error', description: 'A screening decision names no existing listed name or alias: the entry changed, so the decision lapsed.' },
  { code: 'profile-stale', severity: 'warning', description: "A state profile's checked_on is older than the policy's profile_max_age_days." },
  { code: 'determination-no-reason', severity: 'error', description: 'An officer determination gives no reason; assess ignores it.' },
  { code: 'determination-expired', severity: 'error', description: 'An officer determination has expired; assess ignores it.' },
  { code: 'determination-orphaned', severity: 'error', description: 'An officer determination concerns a record or state that no record of the case names; assess ignores it.' },
  { code: 'determination-protected-field', severity: 'error', description: 'An officer determination sets a fact an ATT 6 prohibition reads (items, party states, treaty membership); assess ignores it.' },
  { code: 'determination-invalid-value', severity: 'error', description: "An officer determination's value does not fit the field; assess ignores it." },
  { code: 'determination-duplicate', severity: 'error', description: 'Two officer determinations set the same field of the same subject; assess ignores the later one.' },
  { code: 'determination-no-expiry', severity: 'warning', description: 'An officer determination has no expiry date.' },
  { code: 'determination-no-sources', severity: 'warning', description: 'An officer determination cites no source.' },
  { code: 'countersign-self', severity: 'error', description: 'An officer countersigns their own advice; the countersignature does not count.' },
  { code: 'countersign-void', severity: 'warning', description: 'A countersignature names advice that was edited after it was signed; it no longer counts.' },
  { code: 'id-file-mismatch', severity: 'warning', description: 'A criterion\'s file name is not its id.' },
];

/** Looks a rule up by code; unknown codes fall back to the generic schema rule. */
export function ruleFor(code: string): LintRule {
  return LINT_RULES.find(rule => rule.code === code) ?? (LINT_RULES[1] as LintRule);
}
