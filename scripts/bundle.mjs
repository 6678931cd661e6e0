// Build step: bundles the command line (dist/cli/index.js and the batch worker) into dist/bundle/, one
// chunk per group of modules that load together, with each command still loaded only when it runs.
// Starting `atra` then opens a few dozen files instead of about 400, which is most of its start-up.
// dist/ (from tsc) stays the library; bin/atra.js runs the bundle when it is there.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist/bundle`, { recursive: true, force: true });
await build({
  entryPoints: [`${root}dist/cli/index.js`, `${root}dist/batch/batch-worker.js`],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  outdir: `${root}dist/bundle`,
  // Entries sit directly in dist/bundle, like every chunk: paths the code resolves from its own
  // location (the package root, the worker beside the pool) are the same as from dist/<folder>/.
  entryNames: '[name]',
  // Some dependencies are CommonJS and call require(): give the ES module one.
  banner: { js: "import { createRequire as atraCreateRequire } from 'node:module'; const require = atraCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'linked',
});
