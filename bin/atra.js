#!/usr/bin/env node
// Thin shim: everything lives in dist/cli. `--version` is answered here, before any module loads,
// because start-up time is what a shell loop of `atra --version` pays.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { runCli } = await import('../dist/cli/index.js');
  process.exitCode = await runCli(argv);
}
