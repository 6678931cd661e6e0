import { runInProcess, type CliRun } from '../helpers/run-cli.js';

/** Runs the CLI in process, on the screening tests' day, and returns what it printed and its exit code. */
export function cli(argv: string[], stdin = ''): Promise<CliRun> {
  return runInProcess(argv, stdin, { now: () => new Date('2026-03-14T12:00:00Z') });
}
