import type { Writable } from 'node:stream';
import { readSource } from '../loader/index.js';
import { DEFAULT_LIMITS } from '../loader/index.js';

/** What the CLI needs from the outside world, passed in so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  /** Standard output as a stream, for batch reports written piece by piece. */
  readonly stdoutStream: Writable;
  readonly stderrIsTty: boolean;
  readonly stderr: (text: string) => void;
  readonly stdoutIsTty: boolean;
  /** Whether standard input is a terminal a person can answer prompts on (absent: it is not). */
  readonly stdinIsTty?: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
  readonly readStdin: () => Promise<string>;
}

/** The real process: standard streams, environment and clock. */
export function processIo(): CliIo {
  guardStdout();
  return {
    stdout: text => process.stdout.write(text),
    stdoutStream: process.stdout,
    stderrIsTty: process.stderr.isTTY === true,
    stderr: text => process.stderr.write(text),
    stdoutIsTty: process.stdout.isTTY === true,
    stdinIsTty: process.stdin.isTTY === true,
    env: process.env,
    now: () => new Date(),
    readStdin: async () => (await readSource('-', undefined, DEFAULT_LIMITS.maxDocumentChars)).text,
  };
}

let guarded = false;

/**
 * A reader that stops early (`atra assess … | head`) closes the pipe: atra then ends quietly, without
 * a stack trace. Any other write error on standard output (a full disk) is one line and exit 2.
 */
function guardStdout(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`atra: cannot write standard output: ${error.code === 'ENOSPC' ? 'no space left on the device' : (error.code ?? error.message)}\n`);
    process.exit(2);
  });
}
