import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/run.js';

/**
 * Runs `atra` in process and returns what it printed. The register's states are fictional, so report
 * commands load the built-in training context, which names them.
 */
export async function atra(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  if (args[0] === 'report') args = [...args, '--context', 'training'];
  let stdout = '';
  let stderr = '';
  const stream = new PassThrough();
  stream.on('data', chunk => (stdout += String(chunk)));
  const code = await runCli(args, {
    stdout: text => (stdout += text),
    stdoutStream: stream,
    stderr: text => (stderr += text),
    stdoutIsTty: false,
    stderrIsTty: false,
    env: { NO_COLOR: '1' },
    now: () => new Date('2026-05-01T00:00:00Z'),
    readStdin: async () => stdin,
  });
  return { code, stdout, stderr };
}

/**
 * Hides what changes when the criteria or context files change (their hashes, the set's version, the
 * tool version), so the golden reports stay about the figures; input hashes are kept.
 */
export function stable(text: string): string {
  return text
    .replace(/((?:Context|Criteria) \S+ sha256 )[0-9a-f]{64}/g, '$1<sha256>')
    .replace(/(criteria set att )\S+;/g, '$1<version>;')
    .replace(/atra \d+\.\d+\.\d+/g, 'atra <version>');
}
