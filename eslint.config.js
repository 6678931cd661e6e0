// Lint that can fail: type-aware typescript-eslint rules, plus the purity fence around the core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The layers of src/, lowest first: a folder may import only the folders before it in this list (and
 * its own files). This table is the one place the architecture is written down; the rules below are
 * derived from it, and tests/layout/ checks that a forbidden edge fails lint.
 */
export const LAYERS = ['diagnostics', 'schema', 'screening', 'engine', 'casework', 'reporting', 'report', 'loader', 'batch', 'usecases', 'casefiles', 'trainer', 'lint', 'cli'];

/** The pure folders: no file system, no process, no terminal, no threads, no clock, no randomness. */
export const PURE = ['diagnostics', 'schema', 'screening', 'engine', 'casework', 'reporting', 'report'];

/** Modules a pure folder may not import at run time (a type-only import is harmless). `node:crypto` stays allowed: a hash is a pure function. */
const IMPURE_MODULES = ['fs', 'fs/*', 'path', 'process', 'os', 'url', 'worker_threads', 'child_process', 'chalk', 'commander', 'cli-progress'];

const folderRegex = names => `^(\\.{1,2}/)+(${names.join('|')})(/|$)`;

/** The import rule of one folder: no folder above it; for a pure folder, no I/O, terminal or thread module either. */
function importRule(folder) {
  const above = LAYERS.slice(LAYERS.indexOf(folder) + 1);
  const patterns = [];
  if (above.length) patterns.push({ regex: folderRegex(above), message: `${folder}/ sits below ${above.join(', ')} (see LAYERS in eslint.config.js): move the code or the type to its owner.` });
  const others = LAYERS.filter(other => other !== folder);
  patterns.push({ regex: `${folderRegex(others).slice(0, -'(/|$)'.length)}/(?!index\\.js$)(?!schemas\\.js$)`, message: 'Import another folder through its index.ts (its public face); add the name there if it is missing.' });
  // schema/schemas.ts is schema's second face: the zod schemas, kept out of index.ts so an assessment loads no zod.
  patterns.push({ regex: `${folderRegex(others.filter(other => other !== 'schema')).slice(0, -'(/|$)'.length)}/schemas\\.js$`, message: 'Only schema/ has a second public face (schemas.ts); import other folders through their index.ts.' });
  if (PURE.includes(folder)) {
    patterns.push({ group: ['node:*', '!node:crypto', '@inquirer/*', ...IMPURE_MODULES], allowTypeImports: true, message: `${folder}/ is pure: do the I/O at the edge (loader, batch, cli) and pass the values in.` });
  }
  return ['error', { patterns }];
}

const PURE_GLOBALS = {
  'no-restricted-globals': ['error', 'process', 'console'],
  'no-restricted-properties': [
    'error',
    { object: 'globalThis', property: 'process', message: 'A pure folder does not read the process: pass the value in.' },
    { object: 'globalThis', property: 'console', message: 'A pure folder does not print: return the text.' },
    { object: 'Math', property: 'random', message: 'A pure folder is deterministic: pass a seed or the value in.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core takes no clock: pass the date in.' },
    { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The core takes no clock: pass the date in.' },
  ],
};

const layerConfigs = LAYERS.map(folder => ({
  files: [`src/${folder}/**`],
  rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-restricted-imports': importRule(folder), ...(PURE.includes(folder) ? PURE_GLOBALS : {}) },
}));


export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'bench/*.mjs', 'scripts/*.mjs'], maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16 }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  // The layers and the purity fence, one entry per folder of src/.
  ...layerConfigs,
  // The library's front door may use any folder but the command line.
  { files: ['src/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ regex: folderRegex(['cli']), message: 'The library does not depend on the command line.' }] }] } },
  {
    files: ['tests/**', 'bench/**', 'scripts/**', '*.js', 'bin/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      'no-control-regex': 'off',
    },
  },
  // The benchmark reads untyped JSON records on purpose, as the comparison programs would.
  { files: ['bench/**'], rules: { 'no-console': 'off', '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unsafe-return': 'off', '@typescript-eslint/no-base-to-string': 'off' } },
);
