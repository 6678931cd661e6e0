import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { buildSnapshot } from '../../src/loader/build-snapshot.js';
import { loadCriteria } from '../../src/loader/criteria.js';
import { loadContext } from '../../src/loader/context.js';
import { BUILTIN_CONTEXTS } from '../../src/loader/builtin.js';
import { loadInputs } from '../../src/app/inputs.js';
import { assessRecord, compileCriteria, type AssessmentContext } from '../../src/engine/index.js';

const FIXTURES = readdirSync('fixtures/applications').filter(f => /\.ya?ml$/.test(f)).map(f => `fixtures/applications/${f}`);

describe('the build-time snapshot', () => {
  it('holds every built-in set and context file, and assesses exactly as the YAML does after a JSON round trip', async () => {
    const { snapshot, diagnostics } = await buildSnapshot();
    expect(diagnostics).toEqual([]);
    expect(Object.keys(snapshot!.sets).sort()).toEqual(['att', 'eu-cp']);
    const { records } = await loadInputs(FIXTURES, () => Promise.resolve(''));
    expect(records.length).toBeGreaterThan(5);
    const stored = JSON.parse(JSON.stringify(snapshot)) as NonNullable<typeof snapshot>;
    const yamlContext = (await loadContext([BUILTIN_CONTEXTS.un!, BUILTIN_CONTEXTS.training!])).context;
    const files = Object.entries(stored.context).filter(([path]) => path.includes('/un/') || path.includes('/training/'));
    expect(files.length).toBeGreaterThan(1);
    const storedContext: AssessmentContext = {
      states: new Map(files.flatMap(([, file]) => file.states.map(state => [state.code, state] as const))),
      embargoes: files.flatMap(([, file]) => file.embargoes),
      embargoCoverage: new Set(files.flatMap(([, file]) => file.covers ?? [])),
    };
    for (const name of ['att', 'eu-cp']) {
      const fromYaml = (await loadCriteria(name)).compiled!;
      const fromSnapshot = compileCriteria(stored.sets[name]!.bundle).compiled!;
      for (const input of records) {
        expect(assessRecord(fromSnapshot, input, storedContext)).toEqual(assessRecord(fromYaml, input, yamlContext));
      }
    }
  }, 60_000);
});
