// Lint that can fail: type-aware typescript-eslint rules, plus the purity fence around the core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const CORE = ['src/schema/**', 'src/engine/**', 'src/report/**', 'src/diagnostics/**', 'src/screening/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'bench/*.mjs', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
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
  {
    // The core is pure: no file system, no clock, no process, no terminal.
    files: CORE,
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'commander', 'fs', 'path', 'process'] }],
      'no-restricted-globals': ['error', 'process', 'console'],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core takes no clock: pass the date in.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The core takes no clock: pass the date in.' },
      ],
    },
  },
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
