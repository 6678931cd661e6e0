#!/usr/bin/env node
// Thin shim: everything lives in dist. `--version` is answered here, before any module loads,
// because start-up time is what a shell loop of `atra --version` pays.
import { readFileSync, statSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { runCli } = await import(bundleIsCurrent() ? '../dist/bundle/index.js' : '../dist/cli/index.js');
  process.exitCode = await runCli(argv);
}

/** The bundle (npm run build) loads fastest; a `tsc` run after it leaves it stale, and then dist/cli is used. */
function bundleIsCurrent() {
  try {
    return statSync(new URL('../dist/bundle/index.js', import.meta.url)).mtimeMs >= statSync(new URL('../dist/cli/index.js', import.meta.url)).mtimeMs;
  } catch {
    return false;
  }
}
