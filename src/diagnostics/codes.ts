/** How bad a problem is. Errors stop the thing they are about; warnings do not. */
export type Severity = 'error' | 'warning';

/** What the registry says about one code: its default severity and a one-line title. */
export interface CodeInfo {
  readonly severity: Severity;
  readonly title: string;
}

/**
 * Every diagnostic code atra reports, with its default severity and title. A code never changes
 * meaning; a new check gets a new code. Each has a page at `docs/codes/<code>.md`. Because
 * `DiagnosticCode` is derived from this table, a misspelt code is a type error, not a silent new code.
 */
export const DIAGNOSTIC_CODES = {
  // Reading files: bytes, text, syntax.
  'file-not-found': { severity: 'error', title: 'A referenced file does not exist.' },
  'file-unreadable': { severity: 'error', title: 'A file is not UTF-8 text, is too large, or is a folder or device.' },
  'path-outside-root': { severity: 'error', title: 'A path in a criteria set (extends, policy, criteria) or a linked file leads outside the folder being checked, or into a hidden folder.' },
  encoding: { severity: 'error', title: 'An input declares or starts with an encoding atra cannot read.' },
  'invalid-utf8': { severity: 'error', title: 'An input is not valid in its encoding (UTF-8 unless a byte-order mark says otherwise).' },
  'nul-byte': { severity: 'error', title: 'An input contains a NUL byte: a binary file, or UTF-16 without a byte-order mark.' },
  'input-too-large': { severity: 'error', title: 'An input is larger than the input size limit.' },
  'record-too-large': { severity: 'error', title: 'One CSV record is longer than the record size limit.' },
  'line-too-long': { severity: 'error', title: 'One input line (NDJSON, CSV) is longer than the line length limit.' },
  'yaml-syntax': { severity: 'error', title: 'The file is not valid YAML.' },
  'yaml-resources': { severity: 'error', title: 'A YAML document expands too many aliases (an alias bomb) or is nested too deeply.' },
  'json-syntax': { severity: 'error', title: 'A JSON document or NDJSON line is not valid JSON.' },
  'duplicate-key': { severity: 'error', title: 'A key is written twice in one mapping; one value would silently win.' },
  'reserved-key': { severity: 'error', title: 'A key names a JavaScript object internal (__proto__, constructor, toString, …).' },
  csv: { severity: 'error', title: 'A CSV file cannot be parsed (unclosed quote, wrong number of columns).' },
  'csv-header': { severity: 'error', title: 'A CSV header names a column atra does not know, or lacks a required one.' },
  // Shapes of documents.
  schema: { severity: 'error', title: 'A value does not match the schema (wrong type, missing field, bad value).' },
  'unknown-key': { severity: 'error', title: 'A key the schema does not have, usually a typo.' },
  record: { severity: 'error', title: 'A transfer record does not match the record schema.' },
  'record-shape': { severity: 'error', title: 'An input holds something other than a record or a list of records.' },
  'date-out-of-range': { severity: 'error', title: 'A record date lies outside the dates atra can assess.' },
  context: { severity: 'error', title: 'A context file (states.yaml, embargoes.yaml) does not match its schema.' },
  'context-empty': { severity: 'error', title: 'A context folder holds no states.yaml or embargoes.yaml.' },
  case: { severity: 'error', title: 'A case file does not match its schema.' },
  scenario: { severity: 'error', title: 'A training scenario does not match its schema.' },
  answers: { severity: 'error', title: 'A file of exercise answers does not match its schema.' },
  advice: { severity: 'error', title: 'An advice file does not match its schema.' },
  determinations: { severity: 'error', title: 'A determinations file does not match its schema.' },
  'national-definitions': { severity: 'error', title: 'A national definitions file (for annual reports) does not match its schema.' },
  // Criteria sets, policies and criteria.
  'basis-format': { severity: 'error', title: 'A basis is not in the contract form, e.g. ATT 7(1)(b)(i) or EU CP Criterion 2.' },
  'missing-question': { severity: 'error', title: 'A criterion has no officer question.' },
  'missing-explanation': { severity: 'error', title: 'A criterion lacks an explanation for triggered, clear or unknown.' },
  'duplicate-id': { severity: 'error', title: 'Two criteria, two levels or two records share an id.' },
  'unknown-field': { severity: 'error', title: 'A condition or a document test reads a field the record schema does not have.' },
  'unknown-value': { severity: 'error', title: 'A condition compares a state-profile fact with a value its vocabulary does not have.' },
  'unknown-instrument': { severity: 'warning', title: 'A party_to test names an instrument atra does not know, usually a typo.' },
  'unknown-measure': { severity: 'warning', title: 'A criterion names a mitigation measure that is one typo away from a measure named elsewhere in the set.' },
  'unknown-risk-factor': { severity: 'error', title: 'A mitigation measure claims to address a risk factor the criterion does not define.' },
  'unknown-level': { severity: 'error', title: 'A criterion sets a level the decision policy does not define.' },
  'policy-unmapped': { severity: 'error', title: 'The decision policy names a level it does not define, so some records could not be decided.' },
  'extends-cycle': { severity: 'error', title: 'Criteria sets extend each other in a cycle.' },
  'unknown-criterion': { severity: 'error', title: 'An override or disable names a criterion that does not exist.' },
  'missing-policy': { severity: 'error', title: 'A criteria set has no decision policy and inherits none.' },
  'condition-never': { severity: 'warning', title: 'A condition can never hold (it tests a value the field cannot take).' },
  'condition-always': { severity: 'warning', title: 'A condition holds whenever the field is present (it lists every value).' },
  'unknown-placeholder': { severity: 'warning', title: 'An explanation uses a {{placeholder}} that no fact or record field fills.' },
  'internal-placeholder': { severity: 'error', title: 'An explanation uses a {{placeholder}} naming an object internal (constructor, __proto__, toString, …).' },
  'id-file-mismatch': { severity: 'warning', title: "A criterion's file name is not its id." },
  // Context: provenance of real-world facts.
  'missing-source': { severity: 'error', title: 'An embargo, state fact or finding about a real state has no source.' },
  'missing-checked-on': { severity: 'error', title: 'An embargo or state fact about a real state has no checked_on date.' },
  'unverified-entry': { severity: 'warning', title: 'A context entry says it could not be verified against its source (verified: false).' },
  'unverified-checked': { severity: 'error', title: 'An entry marked verified: false also claims a checked_on date.' },
  'embargo-expired': { severity: 'warning', title: "An embargo's until date has passed and nobody has checked it since." },
  'profile-stale': { severity: 'warning', title: "A state profile's checked_on is older than the policy's profile_max_age_days." },
  // Screening decisions and casework.
  'screening-no-reason': { severity: 'error', title: 'A screening decision gives no reason.' },
  'screening-expired': { severity: 'error', title: 'A screening decision has expired: the hit needs a fresh review.' },
  'screening-no-entry': { severity: 'error', title: 'A screening decision names no existing listed name or alias: the entry changed, so the decision lapsed.' },
  'determination-no-reason': { severity: 'error', title: 'An officer determination gives no reason; assess ignores it.' },
  'determination-expired': { severity: 'error', title: 'An officer determination has expired; assess ignores it.' },
  'determination-orphaned': { severity: 'error', title: 'An officer determination concerns a record or state that no record of the case names; assess ignores it.' },
  'determination-protected-field': { severity: 'error', title: 'An officer determination sets a fact an ATT 6 prohibition reads (items, party states, treaty membership); assess ignores it.' },
  'determination-invalid-value': { severity: 'error', title: "An officer determination's value does not fit the field; assess ignores it." },
  'determination-duplicate': { severity: 'error', title: 'Two officer determinations set the same field of the same subject; assess ignores the later one.' },
  'determination-no-expiry': { severity: 'warning', title: 'An officer determination has no expiry date.' },
  'determination-no-sources': { severity: 'warning', title: 'An officer determination cites no source.' },
  'countersign-self': { severity: 'error', title: 'An officer countersigns their own advice; the countersignature does not count.' },
  'countersign-void': { severity: 'warning', title: 'A countersignature names advice that was edited after it was signed; it no longer counts.' },
} as const satisfies Readonly<Record<string, CodeInfo>>;

/** A stable diagnostic code: one key of the registry. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Every code, in registry order. */
export const ALL_DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];

/** The registry entry of a code. */
export function codeInfo(code: DiagnosticCode): CodeInfo {
  return DIAGNOSTIC_CODES[code];
}

/** True when `value` is a registered code: for codes read back from files (reports, SARIF). */
export function isDiagnosticCode(value: string): value is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_CODES, value);
}

/** The help page of a code, relative to the documentation root (or under `docsUrl` when given). */
export function helpPage(code: DiagnosticCode, docsUrl = 'docs/codes'): string {
  return `${docsUrl.replace(/\/+$/, '')}/${code}.md`;
}
