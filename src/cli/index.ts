/**
 * The command line: `runCli(argv, io)`, one module per command in cli/commands/ (loaded only when
 * that command runs), option parsing, output files and progress. The top layer: may import every
 * folder; bin/ is a thin shim over it. The layer order is the LAYERS table in eslint.config.js.
 */
export { runCli } from './run.js';
export type { CliIo } from './io.js';
export type { CommandContext } from './command-context.js';
