import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';

/** What one in-process run of the CLI printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in this process, with standard input given as text and no terminal. */
export async function runInProcess(argv: readonly string[], stdin = '', overrides: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdoutStream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      stdout += chunk.toString();
      done();
    },
  });
  const io: CliIo = {
    stdout: text => {
      stdout += text;
    },
    stdoutStream,
    stderr: text => {
      stderr += text;
    },
    stdoutIsTty: false,
    stderrIsTty: false,
    env: { NO_COLOR: '1' },
    now: () => new Date('2026-11-22T00:00:00Z'),
    readStdin: () => Promise.resolve(stdin),
    ...overrides,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
