import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadCriteria } from '../../src/loader/criteria.js';
import { lintPaths } from '../../src/lint/lint.js';
import { atra, crashed, scratch } from './helpers.js';

// A secret outside the criteria folder, written so that YAML reads it as a mapping, a list or a
// string: every way its content could reach an error message.
const SECRET = 'TOKEN-4f9a1c77e2b84d0e9c3a';
const dir = scratch();
const outside = join(dir, 'outside');
mkdirSync(outside);
writeFileSync(join(outside, 'secret.yaml'), `${SECRET}: ${SECRET}\n`);
writeFileSync(join(outside, 'secret-text.yaml'), `${SECRET} is the password ${SECRET}\n`);
mkdirSync(join(outside, '.git'));
const root = join(dir, 'root');

/** A criteria set whose `key` names `target`, in a fresh folder under `root`. */
function setWith(name: string, key: 'extends' | 'policy' | 'criteria', target: string): string {
  const folder = join(root, name);
  mkdirSync(join(folder, 'criteria'), { recursive: true });
  const lines = ['id: hostile', 'version: 1', 'title: Hostile'];
  if (key === 'extends') lines.push(`extends: ${JSON.stringify(target)}`, 'criteria: []');
  if (key === 'policy') lines.push(`policy: ${JSON.stringify(target)}`, 'criteria: []');
  if (key === 'criteria') lines.push('extends: att', `criteria: [${JSON.stringify(target)}]`);
  writeFileSync(join(folder, 'set.yaml'), `${lines.join('\n')}\n`);
  return folder;
}

let sets = 0;

/** Loads the set in `folder` and checks it was refused for a path, without a word of the secret. */
async function expectLoadRefused(folder: string): Promise<void> {
  const loaded = await loadCriteria(folder);
  expect(loaded.compiled).toBeUndefined();
  expect(loaded.diagnostics.map(d => d.code)).toContain('path-outside-root');
  expect(JSON.stringify(loaded.diagnostics)).not.toContain(SECRET);
}

async function expectRefused(key: 'extends' | 'policy' | 'criteria', target: string): Promise<void> {
  const folder = setWith(`set-${sets++}`, key, target);
  await expectLoadRefused(folder);
  const run = await atra(['assess', 'fixtures/applications/01-approve.yaml', '--criteria', folder]);
  expect(run.code).toBe(2);
  expect(run.stdout + run.stderr).not.toContain(SECRET);
  expect(crashed(run)).toBe(false);
}

describe('criteria paths stay inside the criteria folder', () => {
  it.each(['extends', 'policy', 'criteria'] as const)('%s: an absolute path, ../ and a symlink out are refused, nothing of the file is printed', async key => {
    await expectRefused(key, join(outside, 'secret.yaml'));
    await expectRefused(key, '../../outside/secret-text.yaml');
    const folder = setWith(`link-${key}`, key, 'criteria/link.yaml');
    symlinkSync(join(outside, 'secret.yaml'), join(folder, 'criteria', 'link.yaml'));
    await expectLoadRefused(folder);
  });

  it('a folder entry holding a symlink out is refused too', async () => {
    const folder = setWith('folder-link', 'criteria', 'criteria');
    symlinkSync(join(outside, 'secret.yaml'), join(folder, 'criteria', 'leak.yaml'));
    await expectLoadRefused(folder);
  });

  it('hidden folders (.git) inside the root are refused', async () => {
    const folder = setWith('hidden', 'policy', '.git/config');
    mkdirSync(join(folder, '.git'));
    writeFileSync(join(folder, '.git', 'config'), `${SECRET}: 1\n`);
    await expectLoadRefused(folder);
  });

  it('built-in sets by name, and --criteria-root for a wider layout, still work', async () => {
    expect((await loadCriteria('fixtures/criteria/overlay')).diagnostics).toEqual([]);
    const cycle = await loadCriteria('fixtures/criteria/cycle/a', 'fixtures/criteria/cycle');
    expect(cycle.diagnostics.map(d => d.code)).toContain('extends-cycle');
    const narrow = await atra(['assess', 'fixtures/applications/01-approve.yaml', '--criteria', 'fixtures/criteria/cycle/a']);
    expect(narrow.stderr).toContain('path-outside-root');
    const wide = await atra(['assess', 'fixtures/applications/01-approve.yaml', '--criteria', 'fixtures/criteria/cycle/a', '--criteria-root', 'fixtures/criteria/cycle']);
    expect(wide.stderr).toContain('extends-cycle');
  });

  it('lint in CI: a pull request cannot make lint print a file outside the linted folder', async () => {
    const folder = setWith('lint', 'extends', join(outside, 'secret.yaml'));
    const { problems } = await lintPaths([folder], '2026-11-22');
    expect(problems.map(p => p.code)).toContain('path-outside-root');
    expect(JSON.stringify(problems)).not.toContain(SECRET);
    const sarif = await atra(['lint', folder, '--format', 'sarif']);
    expect(sarif.stdout).not.toContain(SECRET);
    expect(JSON.parse(sarif.stdout).runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('path-outside-root');
  });

  it('property: any composed escape is refused and nothing of the target is printed', async () => {
    const step = fc.constantFrom('..', '.', 'criteria', 'x', '..\\', '%2e%2e', '.git', '');
    const escape = fc.record({
      key: fc.constantFrom<'extends' | 'policy' | 'criteria'>('extends', 'policy', 'criteria'),
      prefix: fc.constantFrom('', '/', './', '../../', '../../../../../..'),
      steps: fc.array(step, { maxLength: 6 }),
      leaf: fc.constantFrom('outside/secret.yaml', 'outside/secret-text.yaml', 'secret.yaml', 'outside/.git'),
      absolute: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(escape, async ({ key, prefix, steps, leaf, absolute }) => {
        const target = absolute ? join(dir, ...steps.filter(s => s !== '..'), leaf) : `${prefix}${[...steps, leaf].filter(Boolean).join('/')}`;
        const folder = setWith(`p-${sets++}`, key, target);
        const loaded = await loadCriteria(folder);
        expect(JSON.stringify(loaded.diagnostics)).not.toContain(SECRET);
        expect(loaded.compiled).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });
});

describe('schema errors name the offending token, never the file', () => {
  it('a long string where a mapping belongs is cut short', async () => {
    const folder = join(root, 'long');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'set.yaml'), `id: x\nversion: 1\ntitle: ${'A'.repeat(30)}${SECRET}\nextends: att\ncriteria: []\noverrides: "${'B'.repeat(30)}${SECRET}"\n`);
    const loaded = await loadCriteria(folder);
    // The one problem is the mapping that got text, at its line and column, quoting its start only.
    expect(loaded.diagnostics).toMatchObject([{ code: 'schema', path: 'overrides', location: { line: 6, column: 12 }, message: expect.stringMatching(/^expected record; got text "B{30}[^"]{0,12}…"$/) }]);
    expect(JSON.stringify(loaded.diagnostics)).not.toContain(SECRET);
  });
});

describe('diff --rev is a revision, never an option', () => {
  const repo = join(dir, 'repo');
  mkdirSync(repo);
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo, encoding: 'utf8' });
  git('init', '-q');
  execFileSync('cp', ['-r', 'criteria/att', join(repo, 'national')]);
  execFileSync('cp', ['fixtures/applications/01-approve.yaml', join(repo, 'case.yaml')]);
  git('add', '.');
  git('commit', '-qm', 'v1');

  /** Runs `atra diff --rev REVISION` inside the repository, with its own temporary folder, and returns what is left in it. */
  async function diffAt(revision: string, temp: string): Promise<{ run: Awaited<ReturnType<typeof atra>>; left: string[] }> {
    mkdirSync(temp, { recursive: true });
    const before = process.env.TMPDIR;
    const cwd = process.cwd();
    process.env.TMPDIR = temp;
    try {
      process.chdir(repo);
      const run = await atra(['diff', 'case.yaml', '--after', 'national', '--rev', revision]);
      return { run, left: readdirSync(temp) };
    } finally {
      process.chdir(cwd);
      // Assigning undefined would leave the text "undefined" as the temporary folder of later tests.
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
  }

  it.each(['--output=PWNED', '-oPWNED', '--remote=evil', 'HEAD --output=PWNED', '--exec=touch PWNED'])('%s is refused, writes nothing and leaves no temporary folder', async revision => {
    const { run, left } = await diffAt(revision.replace('PWNED', join(dir, 'pwned')), join(dir, 'tmp'));
    expect(run.code).toBe(2);
    expect(crashed(run)).toBe(false);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(left).toEqual([]);
  });

  it('a real revision still works, and its temporary folder is removed', async () => {
    const { run, left } = await diffAt('HEAD', join(dir, 'tmp-ok'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('national@HEAD');
    expect(left).toEqual([]);
  });
});
