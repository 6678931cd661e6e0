import type { Diagnostic } from '../diagnostics/index.js';
import type { SourcedDecision } from '../screening/index.js';
import { checkScreeningDecisions } from './screening-decision-checks.js';
import { readSource } from './read-source.js';
import { validateAt } from './validate.js';
import { displayPath } from './builtin.js';
import { formatLocation } from '../diagnostics/index.js';

/**
 * Loads a `screening-decisions.yaml`. A decision without a reason is an error here too, not only in
 * lint: an unexplained dismissal must never let an application through. Expiry is judged per record
 * date by the matcher, so an expired decision simply stops applying.
 */
export async function loadScreeningDecisions(path: string): Promise<{ decisions: SourcedDecision[]; diagnostics: Diagnostic[] }> {
  const file = displayPath(path);
  let text: string;
  try {
    text = (await readSource(path)).text;
  } catch {
    return { decisions: [], diagnostics: [{ code: 'file-not-found', severity: 'error', message: `cannot read screening decisions file ${file}`, hint: 'check the path given to --screening-decisions', location: { file, line: 1 } }] };
  }
  const { parseLocated } = await import('./yaml-document.js');
  const document = parseLocated(file, text);
  if (document.diagnostics.length) return { decisions: [], diagnostics: [...document.diagnostics] };
  const { ScreeningDecisionsFileSchema } = await import('./schemas.js');
  const result = validateAt(ScreeningDecisionsFileSchema, document, document.value);
  if (!result.value) return { decisions: [], diagnostics: result.diagnostics };
  const diagnostics = checkScreeningDecisions(document, result.value, undefined, undefined);
  const decisions = result.value.decisions.map((decision, i) => ({ decision, origin: formatLocation(document.locate(['decisions', i])) }));
  return { decisions: diagnostics.length ? [] : decisions, diagnostics };
}
