import { loadSetup } from '../../src/loader/setup.js';
import type { AssessmentContext, CompiledCriteria } from '../../src/engine/index.js';

let loaded: Promise<{ compiled: CompiledCriteria; context: AssessmentContext }> | undefined;

/** The built-in ATT criteria with the real context and the fictional training states, loaded once per test file. */
export function trainingSetup(): Promise<{ compiled: CompiledCriteria; context: AssessmentContext }> {
  loaded ??= loadSetup(['att'], ['training'], true).then(({ setup, diagnostics }) => {
    if (!setup) throw new Error(`the built-in criteria did not load: ${diagnostics.map(d => d.message).join('; ')}`);
    return { compiled: setup.compiled, context: setup.context };
  });
  return loaded;
}
