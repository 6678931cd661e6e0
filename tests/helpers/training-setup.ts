import { loadSetup, type Setup } from '../../src/loader/setup.js';

const loaded = new Map<string, Promise<Setup>>();

/**
 * A built-in criteria set (default `att`) with its real default context and the fictional training
 * states, loaded once per test file.
 */
export function trainingSetup(criteria = 'att'): Promise<Setup> {
  let setup = loaded.get(criteria);
  if (!setup) {
    setup = loadSetup([criteria], ['training'], true).then(({ setup: ready, diagnostics }) => {
      if (!ready) throw new Error(`the built-in criteria ${criteria} did not load: ${diagnostics.map(d => d.message).join('; ')}`);
      return ready;
    });
    loaded.set(criteria, setup);
  }
  return setup;
}
