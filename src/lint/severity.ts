import { codeInfo, type Diagnostic } from '../diagnostics/index.js';

/**
 * A diagnostic with the severity the registry gives its code. Lint reports every code at one
 * severity, whichever command's loader found it (assess, for example, only warns about a lapsed
 * determination and ignores it; lint calls it an error).
 */
export function withRegisteredSeverity(diagnostic: Diagnostic): Diagnostic {
  return { ...diagnostic, severity: codeInfo(diagnostic.code).severity };
}
