import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The bundle `npm run build` writes, which bin/atra.js runs. These tests read it as built.
const BUNDLE = fileURLToPath(new URL('../../dist/bundle/', import.meta.url));

/** The bundle files a file loads before it runs: itself and its static imports, transitively (not `import()`). */
function staticClosure(start: string): string[] {
  const seen = new Set<string>();
  const pending = [start];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(`${BUNDLE}${file}`, 'utf8');
    for (const match of text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*"\.\/([^"]+)"/gms)) pending.push(match[1] ?? '');
  }
  return [...seen];
}

/** The node_modules packages a set of bundle files holds (esbuild names each input in a comment). */
function packagesIn(files: readonly string[]): Set<string> {
  const packages = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(`${BUNDLE}${file}`, 'utf8').matchAll(/^\/\/ \S*?node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) packages.add(match[1] ?? '');
  }
  return packages;
}

const command = (name: string): string => {
  const file = readdirSync(BUNDLE).find(entry => entry.startsWith(`${name}-`) && entry.endsWith('.js'));
  if (!file) throw new Error(`no ${name} command in dist/bundle: run npm run build`);
  return file;
};

describe('the bundled CLI', () => {
  it('assesses without loading zod or yaml up front: the built-in data comes from the snapshot, sound records from the compiled checks', () => {
    const closure = staticClosure(command('assess'));
    const packages = packagesIn([...closure, ...staticClosure('index.js')]);
    expect(packages.has('commander')).toBe(true);
    expect(packages.has('zod')).toBe(false);
    // yaml loads with the first YAML or JSON input, or a user's criteria or context file.
    expect(packages.has('yaml')).toBe(false);
  });

  it('starts a batch worker without zod or yaml', () => {
    const packages = packagesIn(staticClosure('batch-worker.js'));
    expect(packages.has('zod')).toBe(false);
    expect(packages.has('yaml')).toBe(false);
  });

  it('still bundles zod, for the commands that check user files', () => {
    expect(packagesIn(staticClosure(command('lint'))).has('zod')).toBe(true);
  });
});
