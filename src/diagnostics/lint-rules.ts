import { codeInfo, helpPage, type DiagnosticCode, type Severity } from './codes.js';

/** One lint rule: a stable code CI can filter on, its default severity, what it checks, and its page. */
export interface LintRule {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly description: string;
  /** The help page, relative to the documentation root: `docs/codes/<code>.md`. */
  readonly help: string;
}

/**
 * The codes `atra lint` can report, in the order the rule catalogue lists them. Severity and title
 * come from the diagnostic registry, so lint, test, assess and SARIF describe a code the same way.
 */
export const LINT_CODES: readonly DiagnosticCode[] = [
  'yaml-syntax',
  'schema',
  'unknown-key',
  'basis-format',
  'missing-question',
  'missing-explanation',
  'duplicate-id',
  'unknown-field',
  'unknown-value',
  'unknown-instrument',
  'unknown-measure',
  'unknown-risk-factor',
  'unknown-level',
  'policy-unmapped',
  'extends-cycle',
  'unknown-criterion',
  'missing-policy',
  'file-not-found',
  'missing-source',
  'missing-checked-on',
  'unverified-entry',
  'unverified-checked',
  'embargo-expired',
  'condition-never',
  'condition-always',
  'unknown-placeholder',
  'path-outside-root',
  'reserved-key',
  'duplicate-key',
  'yaml-resources',
  'file-unreadable',
  'internal-placeholder',
  'screening-no-reason',
  'screening-expired',
  'screening-no-entry',
  'profile-stale',
  'determination-no-reason',
  'determination-expired',
  'determination-orphaned',
  'determination-protected-field',
  'determination-invalid-value',
  'determination-duplicate',
  'determination-no-expiry',
  'determination-no-sources',
  'countersign-self',
  'countersign-void',
  'id-file-mismatch',
];

/** The rule of a code, from the registry; every registered code has one, lint's own or not. */
export function ruleFor(code: DiagnosticCode): LintRule {
  const { severity, title } = codeInfo(code);
  return { code, severity, description: title, help: helpPage(code) };
}

/** Every rule `atra lint` applies. Codes never change meaning; new checks get new codes. */
export const LINT_RULES: readonly LintRule[] = LINT_CODES.map(ruleFor);
