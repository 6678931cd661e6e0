import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRecord, rng } from '../../bench/generate.js';
import { runInProcess } from '../helpers/run-cli.js';

const RECORDS = 400;
const SHARD = RECORDS / 4;
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

/** Seeded records, with one line that is not JSON and one record that fails the schema. */
function input(): string {
  const random = rng(7);
  const lines = Array.from({ length: RECORDS }, (_, i) => JSON.stringify(makeRecord(random, i)));
  lines[177] = '{"id": "BROKEN",';
  lines[301] = JSON.stringify({ id: 'NO-ITEMS', date: '2026-01-01', activity: 'export' });
  return `${lines.join('\n')}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'atra-stream-'));
const file = join(dir, 'in.ndjson');
const text = input();
writeFileSync(file, text);
const ARGS = ['assess', '-', '--input-format', 'ndjson', '--format', 'ndjson', '--jobs', '0'];
const ATRA = `${JSON.stringify(process.execPath)} bin/atra.js ${ARGS.join(' ')}`;

/** Runs a shell pipeline from the project root, returning standard output and error. */
function sh(command: string): { stdout: string; stderr: string } {
  const result = spawnSync('bash', ['-c', command], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  return { stdout: result.stdout, stderr: result.stderr };
}

type Summary = { records: number; assessed: number; errors: number; decisions: Record<string, number> };

function split(stdout: string): { lines: string[]; summaries: Summary[] } {
  const all = stdout.split('\n').filter(Boolean);
  const summaries = all.filter(line => line.startsWith('{"summary":')).map(line => (JSON.parse(line) as { summary: Summary }).summary);
  return { lines: all.filter(line => !line.startsWith('{"summary":')), summaries };
}

describe('the stream contract', () => {
  let single: { stdout: string; stderr: string };
  beforeAll(async () => {
    single = await runInProcess(ARGS, text);
  });

  it('writes one line per input record, in input order, and diagnostics only on standard error', () => {
    const { lines, summaries } = split(single.stdout);
    expect(lines).toHaveLength(RECORDS);
    expect(summaries).toHaveLength(1);
    expect(single.stderr).toBe('');
    lines.forEach((line, index) => {
      const parsed = JSON.parse(line) as { source?: string; error?: { source: string } };
      expect(parsed.source ?? parsed.error?.source).toMatch(new RegExp(`^<stdin>:${index + 1}(:\\d+)?$`));
    });
  });

  it('gives the same bytes in another process reading a pipe, and none but the records with --no-summary', async () => {
    expect(sh(`${ATRA} < ${file}`).stdout).toBe(single.stdout);
    const bare = (await runInProcess([...ARGS, '--no-summary'], text)).stdout;
    expect(bare).toBe(`${split(single.stdout).lines.join('\n')}\n`);
  });

  it.skipIf(!hasParallel)('sharded by GNU parallel over 4 jobs: identical result lines, summaries that add up', () => {
    const sharded = sh(`parallel --pipe -N ${SHARD} --keep-order -j 4 ${ATRA} --first-line '{= $_=(seq()-1)*${SHARD}+1 =}' < ${file}`);
    expect(sharded.stderr).toBe('');
    const one = split(single.stdout);
    const many = split(sharded.stdout);
    expect(many.summaries).toHaveLength(4);
    expect(many.lines).toEqual(one.lines);
    const total = one.summaries[0] as Summary;
    const add = (key: 'records' | 'assessed' | 'errors'): number => many.summaries.reduce((sum, s) => sum + s[key], 0);
    expect({ records: add('records'), assessed: add('assessed'), errors: add('errors') }).toEqual({ records: total.records, assessed: total.assessed, errors: total.errors });
    for (const [decision, count] of Object.entries(total.decisions)) expect(many.summaries.reduce((sum, s) => sum + (s.decisions[decision] ?? 0), 0)).toBe(count);
    expect(total.errors).toBe(2);
  }, 180_000);
});
