import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSnapshot } from '../../src/loader/build-snapshot.js';
import { loadCriteria } from '../../src/loader/criteria.js';
import { loadContext } from '../../src/loader/context.js';
import { BUILTIN_CONTEXTS, PACKAGE_ROOT } from '../../src/loader/builtin.js';
import { holdsEveryFileOf, snapshotContextFile } from '../../src/loader/snapshot.js';
import { sha256 } from '../../src/loader/read-source.js';
import { loadInputs } from '../../src/batch/inputs.js';
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
    // Every built-in context file is in it: the real ones (un, eu) and the fictional training states.
    const builtinFiles = Object.values(BUILTIN_CONTEXTS).flatMap(dir => ['states.yaml', 'embargoes.yaml'].map(name => join(dir, name)).filter(existsSync));
    expect(Object.keys(stored.context).sort()).toEqual(builtinFiles.map(path => relative(PACKAGE_ROOT, path)).sort());
    const yamlContext = (await loadContext([BUILTIN_CONTEXTS.un!, BUILTIN_CONTEXTS.eu!, BUILTIN_CONTEXTS.training!])).context;
    const files = Object.entries(stored.context);
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

  it('serves only a built-in file at its own path with its build-time bytes: a copy elsewhere or an edited file loads from YAML', () => {
    const builtin = join(BUILTIN_CONTEXTS.un!, 'embargoes.yaml');
    const hash = sha256(readFileSync(builtin));
    const copy = join(mkdtempSync(join(tmpdir(), 'atra-snapshot-')), 'embargoes.yaml');
    copyFileSync(builtin, copy);
    expect(snapshotContextFile(copy, hash)).toBeUndefined();
    expect(snapshotContextFile(builtin, sha256(Buffer.from('embargoes: []\n')))).toBeUndefined();
  });

  it('is not used for a set whose folder has gained a criteria file since the build', () => {
    const folder = mkdtempSync(join(tmpdir(), 'atra-set-'));
    mkdirSync(join(folder, 'criteria'));
    mkdirSync(join(folder, 'cases'));
    for (const name of ['set.yaml', 'policy.yaml', 'criteria/a.yaml', 'cases/a.cases.yaml']) writeFileSync(join(folder, name), 'id: x\n');
    const built = ['set.yaml', 'policy.yaml', 'criteria/a.yaml'].map(name => join(folder, name));
    expect(holdsEveryFileOf(folder, built)).toBe(true);
    writeFileSync(join(folder, 'criteria', 'b.yaml'), 'id: y\n');
    expect(holdsEveryFileOf(folder, built)).toBe(false);
  });
});
