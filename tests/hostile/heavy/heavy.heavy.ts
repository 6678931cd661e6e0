import { describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { loadContext } from '../../../src/loader/context.js';
import { record, scratch } from '../helpers.js';

const dir = scratch();

/** Runs the built binary; big outputs go to a file, so only the summary is read back. */
function atra(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/atra.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes `count` lines made by `line` to `file`, in 8 MB pieces. */
function writeLines(file: string, count: number, line: (i: number) => string): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  let buffer: string[] = [];
  let size = 0;
  for (let i = 0; i < count; i++) {
    const text = `${line(i)}\n`;
    buffer.push(text);
    size += text.length;
    if (size > 8 << 20) {
      bytes += writeSync(fd, buffer.join(''));
      buffer = [];
      size = 0;
    }
  }
  bytes += writeSync(fd, buffer.join(''));
  closeSync(fd);
  return bytes;
}

describe('heavy hostile inputs', () => {
  it('hundreds of MB of NDJSON with multi-byte text: nothing lost, no character corrupted, summary exact', () => {
    const file = join(dir, 'big.ndjson');
    // Few records with long multi-byte text: hundreds of MB read in 1 MB chunks, so characters are
    // split across chunk boundaries many times, while the assessment itself stays quick.
    const padding = 'Ωmega 中 🙂 '.repeat(800);
    const count = 24_000;
    const bytes = writeLines(file, count, i => (i % 1000 === 999 ? '{"broken": ' : JSON.stringify(record({ id: `H-${i}-Ω中🙂`, end_use: padding }))));
    expect(bytes).toBeGreaterThan(200 << 20);
    const out = join(dir, 'big.out.ndjson');
    const run = atra(['assess', file, '--format', 'ndjson', '--output', out, '--no-progress']);
    expect(run.stderr).toBe('');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    const summary = (JSON.parse(lines.at(-1) ?? '{}') as { summary: { records: number; assessed: number; errors: number } }).summary;
    expect(summary).toMatchObject({ records: count, errors: count / 1000, assessed: count - count / 1000 });
    const ids = lines.slice(0, -1).flatMap(line => {
      const parsed = JSON.parse(line) as { id?: string };
      return parsed.id ? [parsed.id] : [];
    });
    expect(ids.every(id => /^H-\d+-Ω中🙂$/.test(id))).toBe(true);
  });

  it('one line of hundreds of MB is one error, in bounded memory; the lines after it go on', () => {
    const file = join(dir, 'one-line.ndjson');
    const fd = openSync(file, 'w');
    writeSync(fd, '{"id": "');
    const block = 'x'.repeat(8 << 20);
    for (let i = 0; i < 40; i++) writeSync(fd, block);
    writeSync(fd, `"}\n${JSON.stringify(record({ id: 'AFTER' }))}\n`);
    closeSync(fd);
    // A heap far smaller than the line: the line is skipped as it streams, never held whole.
    const result = spawnSync(process.execPath, ['--max-old-space-size=128', 'bin/atra.js', 'assess', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const report = JSON.parse(result.stdout) as { results: { id: string }[]; errors: { message: string }[] };
    expect(report.results.map(r => r.id)).toEqual(['AFTER']);
    expect(report.errors[0]?.message).toContain('--max-line-length');
  });

  it('a YAML document over the document limit is refused without reading it into memory', () => {
    const file = join(dir, 'huge.yaml');
    writeLines(file, 3_000_000, i => `- id: Y-${i}\n  date: 2026-03-14\n  items: [{ category: small-arms, class: arm }]`);
    const run = atra(['assess', file, '--max-document-size', String(64 << 20)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('--max-document-size');
  });

  it('a worker out of memory on one unit fails only that unit\'s records', () => {
    const file = join(dir, 'wide.ndjson');
    const wide = JSON.stringify(record({ id: 'W', end_use: 'w'.repeat(900_000) }));
    // 500 records of 900 kB make one unit far beyond a compact worker's 64 MB heap; small ones follow.
    writeLines(file, 1500, i => (i < 500 ? wide.replace('"W"', `"W-${i}"`) : JSON.stringify(record({ id: `S-${i}` }))));
    const out = join(dir, 'wide.out.ndjson');
    const run = atra(['assess', file, '--format', 'ndjson', '--jobs', '2', '--output', out]);
    expect(run.stderr).toBe('');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    const summary = (JSON.parse(lines.at(-1) ?? '{}') as { summary: { records: number; assessed: number; errors: number } }).summary;
    expect(summary.records).toBe(1500);
    expect(summary.assessed + summary.errors).toBe(1500);
    expect(summary.assessed).toBeGreaterThanOrEqual(1000);
  });

  it('a full disk leaves the previous report whole and no temporary file', () => {
    const mount = join(dir, 'small');
    mkdirSync(mount);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mount], { stdio: 'ignore' });
    } catch {
      // Not root, or no mount here: the full disk is then tested with /dev/full only.
      const run = atra(['assess', 'fixtures/applications/01-approve.yaml', '--output', '/dev/full']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('no space left');
      return;
    }
    try {
      const target = join(mount, 'report.json');
      writeFileSync(target, '{"previous": true}\n');
      const file = join(dir, 'fill.ndjson');
      writeLines(file, 3000, i => JSON.stringify(record({ id: `F-${i}` })));
      const run = atra(['assess', file, '--format', 'json', '--output', target]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('no space left');
      expect(readFileSync(target, 'utf8')).toBe('{"previous": true}\n');
      expect(execFileSync('ls', ['-A', mount], { encoding: 'utf8' }).trim()).toBe('report.json');
    } finally {
      execFileSync('umount', [mount]);
    }
  });

  it('an interrupted run leaves the previous report whole and no temporary file', async () => {
    const file = join(dir, 'interrupt.ndjson');
    writeLines(file, 20_000, i => JSON.stringify(record({ id: `I-${i}`, end_use: 'x'.repeat(2000) })));
    const out = join(dir, 'interrupt');
    mkdirSync(out);
    const target = join(out, 'report.json');
    writeFileSync(target, '{"previous": true}\n');
    const child = spawn(process.execPath, ['bin/atra.js', 'assess', file, '--format', 'json', '--output', target, '--jobs', '0'], { stdio: 'ignore' });
    await new Promise(resolve => setTimeout(resolve, 2500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>(resolve => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(readFileSync(target, 'utf8')).toBe('{"previous": true}\n');
    expect(execFileSync('ls', ['-A', out], { encoding: 'utf8' }).trim()).toBe('report.json');
  });

  it('context loading stays linear: 8 times the entries take well under 64 times as long', async () => {
    const time = async (n: number): Promise<number> => {
      const folder = join(dir, `ctx-${n}`);
      mkdirSync(folder);
      writeFileSync(join(folder, 'states.yaml'), `as_of: 2026-01-01\nsources: [x]\nstates:\n${Array.from({ length: n }, (_, i) => `  S${i}: { att: party }`).join('\n')}\n`);
      const started = performance.now();
      await loadContext([folder]);
      return performance.now() - started;
    };
    await time(1000);
    const small = Math.min(await time(4000), await time(4001));
    const large = await time(32000);
    expect(large / small).toBeLessThan(20);
  });
});
