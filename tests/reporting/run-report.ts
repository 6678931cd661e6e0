import { runInProcess, type CliRun } from '../helpers/run-cli.js';

/**
 * Runs `atra` in process and returns what it printed. The register's states are fictional, so report
 * commands load the built-in training context, which names them.
 */
export function atra(args: string[], stdin = ''): Promise<CliRun> {
  const argv = args[0] === 'report' ? [...args, '--context', 'training'] : args;
  return runInProcess(argv, stdin, { now: () => new Date('2026-05-01T00:00:00Z') });
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
