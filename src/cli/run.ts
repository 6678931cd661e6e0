import { Command, CommanderError } from 'commander';
import { formatDiagnostic } from '../diagnostics/index.js';
import { toolVersion } from '../loader/index.js';
import { processIo, type CliIo } from './io.js';
import { EXIT, UsageError } from './errors.js';
import { UnreadableSource } from '../loader/index.js';
import type { CommandContext } from './command-context.js';

export type { CommandContext } from './command-context.js';

type Register = (program: Command, context: CommandContext) => void;

// Each command's module is loaded only when that command runs: start-up is paid per use, not for all of them.
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  assess: async () => (await import('./commands/assess.js')).registerAssess,
  test: async () => (await import('./commands/test.js')).registerTest,
  schema: async () => (await import('./commands/schema.js')).registerSchema,
  lint: async () => (await import('./commands/lint.js')).registerLint,
  diff: async () => (await import('./commands/diff.js')).registerDiff,
  checklist: async () => (await import('./commands/checklist.js')).registerChecklist,
  exercise: async () => (await import('./commands/exercise.js')).registerExercise,
  report: async () => (await import('./commands/report.js')).registerReport,
  screen: async () => (await import('./commands/screen.js')).registerScreen,
  context: async () => (await import('./commands/context.js')).registerContext,
  decide: async () => (await import('./commands/advice.js')).registerDecide,
  countersign: async () => (await import('./commands/advice.js')).registerCountersign,
  verify: async () => (await import('./commands/verify.js')).registerVerify,
  reassess: async () => (await import('./commands/reassess.js')).registerReassess,
};

/** The named command alone, or every command (for help, and to report an unknown one). */
async function commandsFor(name: string | undefined): Promise<Register[]> {
  const one = name === undefined ? undefined : COMMANDS[name];
  return Promise.all(one ? [one()] : Object.values(COMMANDS).map(load => load()));
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code. Never throws
 * for user mistakes: they are printed with a hint, and the code is 2.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const context: CommandContext = {
    io,
    setExit: code => {
      exitCode = Math.max(exitCode, code);
    },
    fail: diagnostics => {
      for (const diagnostic of diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
      exitCode = EXIT.usage;
    },
  };
  const program = new Command('atra')
    .description('Arms Transfer Risk Assessment: screen arms transfers against the Arms Trade Treaty.\natra recommends; the licensing officer decides.')
    .version(toolVersion())
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: text => io.stdout(text), writeErr: text => io.stderr(text) });
  for (const register of await commandsFor(argv[0])) register(program, context);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UnreadableSource) {
      io.stderr(`atra: ${error.file}:${error.line}: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`atra: ${error.message}${error.hint ? `\n  Fix: ${error.hint}` : ''}\n`);
      return EXIT.usage;
    }
    const detail = io.env.ATRA_DEBUG ? `\n${(error as Error).stack ?? ''}` : ' (set ATRA_DEBUG=1 for details)';
    io.stderr(`atra: internal error, please report it: ${(error as Error).message}${detail}\n`);
    return EXIT.usage;
  }
  return exitCode;
}
