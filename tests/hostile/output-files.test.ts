import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { openOutput } from '../../src/cli/output-file.js';
import { atra, crashed, scratch } from './helpers.js';

const dir = scratch();
const input = join(dir, 'input.yaml');
const original = readFileSync('fixtures/applications/01-approve.yaml', 'utf8');
writeFileSync(input, original);

describe('output files', () => {
  it('writing onto an input is refused, however it is named (same path, ./, symlink, hard link)', async () => {
    symlinkSync(input, join(dir, 'soft.yaml'));
    linkSync(input, join(dir, 'hard.yaml'));
    for (const target of [input, join(dir, '.', 'input.yaml'), join(dir, 'soft.yaml'), join(dir, 'hard.yaml')]) {
      for (const command of [['assess', input], ['checklist', '--case', input]]) {
        const run = await atra([...command, '--output', target]);
        expect(run.code, `${command.join(' ')} --output ${target}`).toBe(2);
        expect(run.stderr).toContain('refusing to write the report onto an input');
      }
    }
    expect(readFileSync(input, 'utf8')).toBe(original);
    const context = join(dir, 'ctx');
    mkdirSync(context);
    const states = readFileSync('criteria/context/training/states.yaml', 'utf8');
    writeFileSync(join(context, 'states.yaml'), states);
    const lint = await atra(['lint', context, '--output', join(context, 'states.yaml')]);
    expect(lint.code).toBe(2);
    expect(lint.stderr).toContain('refusing');
    expect(readFileSync(join(context, 'states.yaml'), 'utf8')).toBe(states);
  });

  it('a criteria file is an input too', async () => {
    const run = await atra(['assess', input, '--output', 'criteria/att/policy.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('refusing');
  });

  it('missing folders, folders and unwritable places are usage errors naming the path', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    // As root, permissions do not stop a write: the locked folder is only a test for other users.
    const targets = [join(dir, 'no', 'such', 'report.txt'), dir, join(input, 'x.txt'), ...(process.getuid?.() === 0 ? [] : [join(locked, 'report.txt')])];
    for (const target of targets) {
      const run = await atra(['assess', input, '--output', target]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(target);
      expect(crashed(run)).toBe(false);
    }
    chmodSync(locked, 0o700);
  });

  it('the report is put in place whole: an aborted write leaves the previous report and no temporary file', async () => {
    const target = join(dir, 'report.txt');
    writeFileSync(target, 'previous report\n');
    const output = await openOutput(target, [input]);
    output.stream.write('half a rep');
    expect(readFileSync(target, 'utf8')).toBe('previous report\n');
    await output.abort();
    expect(readFileSync(target, 'utf8')).toBe('previous report\n');
    expect(readdirSync(dir).filter(name => name.endsWith('.tmp'))).toEqual([]);
    const run = await atra(['assess', input, '--output', target, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).summary.records).toBe(1);
    expect(readdirSync(dir).filter(name => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a full disk is a usage error and the previous report survives', async () => {
    const run = await atra(['assess', input, '--output', '/dev/full']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/dev/full');
    expect(crashed(run)).toBe(false);
  });

  it('property: any output name beside the input either writes a parsable report or is a clean usage error', async () => {
    const name = fc.stringMatching(/^[A-Za-z0-9._ -]{1,20}$/).filter(n => n !== '.' && n !== '..');
    await fc.assert(
      fc.asyncProperty(name, async n => {
        const run = await atra(['assess', input, '--format', 'json', '--output', join(dir, 'out', n)]);
        expect(crashed(run)).toBe(false);
        expect(run.code).toBe(2);
      }),
      { numRuns: 20 },
    );
  });

  it('a closed pipe ends quietly', () => {
    const lines = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: `P-${i}`, date: '2026-03-14', items: [{ category: 'small-arms', class: 'arm', quantity: 1 }] })).join('\n');
    writeFileSync(join(dir, 'many.ndjson'), lines);
    const result = spawnSync('sh', ['-c', `node bin/atra.js assess ${join(dir, 'many.ndjson')} | head -c 100 >/dev/null; echo "exit=$?"`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('exit=0');
  });
});
