import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { fileURLToPath } from 'node:url';
import { LAYERS, PURE } from '../../eslint.config.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// The probe text is never written to disk, so the type-aware rules (which need a file the TypeScript
// project knows) are switched off; the layer and purity rules are syntactic and stay on.
const eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });

/** Lints `text` as if it were the file `path` (relative to the repository) and returns the rules that fired. */
async function rulesFiredAt(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: `${ROOT}${path}` });
  const messages = result?.messages ?? [];
  // A probe that does not parse proves nothing: fail loudly rather than pass on an empty list.
  const fatal = messages.find(m => m.fatal === true);
  if (fatal) throw new Error(`probe ${path} did not parse: ${fatal.message}`);
  return messages.map(m => m.ruleId ?? 'unknown');
}

const BOUNDARY = ['@typescript-eslint/no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties', 'no-restricted-syntax'];
const boundaryRules = (fired: readonly string[]): string[] => fired.filter(rule => BOUNDARY.includes(rule));

describe('the layer table', () => {
  it('names every folder of src/ once, and the pure folders are a prefix of it', () => {
    expect(new Set(LAYERS).size).toBe(LAYERS.length);
    expect(LAYERS.slice(0, PURE.length)).toEqual(PURE);
  });
});

describe('a forbidden edge fails lint', () => {
  const probe = 'src/engine/__probe.ts';
  const forbidden: [string, string, string][] = [
    ['bare worker_threads', "import { Worker } from 'worker_threads';\nexport const w = Worker;\n", '@typescript-eslint/no-restricted-imports'],
    ['node: fs', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", '@typescript-eslint/no-restricted-imports'],
    ['runtime chalk', "import chalk from 'chalk';\nexport const c = chalk;\n", '@typescript-eslint/no-restricted-imports'],
    ['commander', "import { Command } from 'commander';\nexport const c = Command;\n", '@typescript-eslint/no-restricted-imports'],
    ['an upward import', "import { runBatch } from '../batch/index.js';\nexport const r = runBatch;\n", '@typescript-eslint/no-restricted-imports'],
    ['an upward type import', "import type { Setup } from '../loader/index.js';\nexport type S = Setup;\n", '@typescript-eslint/no-restricted-imports'],
    ['globalThis.process', 'export const argv = globalThis.process.argv;\n', 'no-restricted-properties'],
    ['the process global', 'export const argv = process.argv;\n', 'no-restricted-globals'],
    ['Math.random()', 'export const roll = Math.random();\n', 'no-restricted-properties'],
    ['the clock', 'export const now = Date.now();\n', 'no-restricted-syntax'],
  ];
  it.each(forbidden)('%s in engine/', async (_name, text, rule) => {
    expect(boundaryRules(await rulesFiredAt(probe, text))).toContain(rule);
  });

  it('an upward import from a nested folder (engine/operators/)', async () => {
    const fired = await rulesFiredAt('src/engine/operators/__probe.ts', "import { loadSetup } from '../../loader/index.js';\nexport const l = loadSetup;\n");
    expect(boundaryRules(fired)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('a second face of a folder other than schema/schemas.ts', async () => {
    const fired = await rulesFiredAt('src/batch/__probe.ts', "import { TransferRecordSchema } from '../loader/schemas.js';\nexport const s = TransferRecordSchema;\n");
    expect(boundaryRules(fired)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('allows the zod schemas through schema/schemas.ts', async () => {
    const fired = await rulesFiredAt('src/lint/__probe.ts', "import { CaseFileSchema } from '../schema/schemas.js';\nexport const s = CaseFileSchema;\n");
    expect(boundaryRules(fired)).toEqual([]);
  });

  it('a deep import into another folder, past its index', async () => {
    const fired = await rulesFiredAt('src/batch/__probe.ts', "import { loadSetup } from '../loader/setup.js';\nexport const l = loadSetup;\n");
    expect(boundaryRules(fired)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('report/ may not import the trainer, nor loader/ the lint folder', async () => {
    expect(boundaryRules(await rulesFiredAt('src/report/__probe.ts', "import type { Checklist } from '../trainer/index.js';\nexport type C = Checklist;\n"))).toHaveLength(1);
    expect(boundaryRules(await rulesFiredAt('src/loader/__probe.ts', "import { lintPaths } from '../lint/index.js';\nexport const l = lintPaths;\n"))).toHaveLength(1);
  });
});

describe('an allowed edge passes lint', () => {
  it('engine/ imports the schema below it, and a chalk type only', async () => {
    const text = "import type { ChalkInstance } from 'chalk';\nimport { DECISIONS } from '../schema/index.js';\nexport const d = DECISIONS;\nexport type C = ChalkInstance;\n";
    expect(boundaryRules(await rulesFiredAt('src/engine/__probe.ts', text))).toEqual([]);
  });

  it('batch/ (not pure) reads files and imports the loader below it', async () => {
    const text = "import { readFileSync } from 'node:fs';\nimport { loadSetup } from '../loader/index.js';\nexport const r = [readFileSync, loadSetup];\n";
    expect(boundaryRules(await rulesFiredAt('src/batch/__probe.ts', text))).toEqual([]);
  });

  it('a pure folder may hash: node:crypto is deterministic', async () => {
    const text = "import { createHash } from 'node:crypto';\nexport const h = createHash;\n";
    expect(boundaryRules(await rulesFiredAt('src/casework/__probe.ts', text))).toEqual([]);
  });
});
