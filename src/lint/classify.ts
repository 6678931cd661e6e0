import type { Diagnostic } from '../diagnostics/index.js';
import { ruleFor } from '../diagnostics/index.js';

/**
 * Gives a loader diagnostic its stable rule code and severity, so `lint` and `test` name the same
 * problem the same way.
 */
export function classify(diagnostic: Diagnostic): Diagnostic {
  let code = diagnostic.code;
  const path = diagnostic.path ?? '';
  const missing = diagnostic.message === 'required field is missing';
  if (code === 'schema' || code === 'context' || code === 'case') {
    if (diagnostic.message.startsWith('unknown key')) code = 'unknown-key';
    else if (diagnostic.message.startsWith('expected a legal reference')) code = 'basis-format';
    else if (missing && path === 'question') code = 'missing-question';
    else if (missing && (path === 'explain' || path.startsWith('explain.'))) code = 'missing-explanation';
    else code = 'schema';
  } else if (code === 'unknown-level' && diagnostic.location?.file.endsWith('policy.yaml')) {
    code = 'policy-unmapped';
  }
  return { ...diagnostic, code, severity: ruleFor(code).severity };
}
