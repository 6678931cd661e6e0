import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';

/** Runs the CLI in process and returns what it printed and its exit code. */
export async function cli(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stdout += chunk.toString();
      done();
    },
  });
  const io: CliIo = {
    stdout: text => (stdout += text),
    stdoutStream: stream,
    stderr: text => (stderr += text),
    stdoutIsTty: false,
    stderrIsTty: false,
    env: { NO_COLOR: '1' },
    now: () => new Date('2026-03-14T12:00:00Z'),
    readStdin: async () => stdin,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
