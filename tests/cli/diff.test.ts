import { describe, expect, it } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInProcess } from '../helpers/run-cli.js';

const BIN = resolve('bin/atra.js');

/** The fixtures are between fictional states, so every run loads the training context by name. */
const withTraining = (args: string[]): string[] => (args[0] === 'diff' ? [...args, '--context', 'training'] : args);

/** Runs `atra diff` in this process. */
const atra = (args: string[]) => runInProcess(withTraining(args));

/** Runs the real binary in another folder: a git checkout of its own. */
function atraIn(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...withTraining(args)], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('atra diff', () => {
  it('lists the records an overlay changes, summarised by decision, and --fail-on-change exits 1', async () => {
    const args = ['diff', 'fixtures/applications/17-review-unregistered-broker.yaml', 'fixtures/applications/01-approve.yaml', '--before', 'att', '--after', 'fixtures/criteria/overlay'];
    const { code, stdout } = await atra([...args, '--fail-on-change']);
    expect(code).toBe(1);
    expect(stdout).toContain('APP-2026-0017  review → refuse');
    // The change that caused the decision is listed, with the level it now sets.
    expect(stdout).toContain('att-10-unregistered-broker: triggered, level substantial → high  (sets the decision)');
    // A clear finding whose criterion the overlay disables changes nothing for the record.
    expect(stdout).not.toContain('APP-2026-0001');
    expect(stdout).toContain('1 of 2 assessed record(s) changed; review → refuse: 1.');
    expect((await atra(args)).code).toBe(0);
  });

  it('counts a record as changed only when its decision or a finding\'s status or level changes', async () => {
    const files = readdirSync('fixtures/applications').filter(f => /^\d.*\.yaml$/.test(f)).map(f => `fixtures/applications/${f}`);
    const { stdout } = await atra(['diff', ...files, '--before', 'att', '--after', 'fixtures/criteria/overlay', '--format', 'json']);
    const result = JSON.parse(stdout) as { records: number; changes: { id: string; before: string; after: string; findings: unknown[] }[] };
    expect(result.changes.length).toBeLessThan(result.records);
    for (const change of result.changes) expect(change.before !== change.after || change.findings.length > 0).toBe(true);
    expect(result.changes.map(c => c.id)).not.toContain('APP-2026-0001');
    expect(result.changes.find(c => c.id === 'APP-2026-0002')).toMatchObject({ before: 'approve-with-conditions', after: 'approve', findings: [{ criterion: 'att-11-2-delivery-verification', before: 'triggered', after: '(absent)', decisive: true }, { criterion: 'att-7-2-mitigation' }] });
  });

  it('reports no change when both versions are the same', async () => {
    const { code, stdout } = await atra(['diff', 'fixtures/applications/01-approve.yaml', '--before', 'att', '--after', 'att', '--fail-on-change', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ records: 1, changes: [], summary: {} });
  });

  it('takes the old criteria from a git revision', () => {
    const repo = mkdtempSync(join(tmpdir(), 'atra-diff-test-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo });
    cpSync('criteria/att', join(repo, 'national'), { recursive: true });
    cpSync('fixtures/applications/17-review-unregistered-broker.yaml', join(repo, 'case.yaml'));
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'criteria v1');
    const file = join(repo, 'national/criteria/att-10-unregistered-broker.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('level: substantial', 'level: high'));
    const { code, stdout } = atraIn(repo, ['diff', 'case.yaml', '--after', 'national', '--rev', 'HEAD', '--fail-on-change']);
    expect(stdout).toContain('national@HEAD (before)');
    expect(stdout).toContain('APP-2026-0017  review → refuse');
    expect(code).toBe(1);
  });

  it('a bad revision is a usage error with a hint', async () => {
    const { code, stderr } = await atra(['diff', 'fixtures/applications/01-approve.yaml', '--after', 'criteria/att', '--rev', 'no-such-rev']);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read criteria/att at git revision no-such-rev');
  });
});

describe('the documented CI workflow', () => {
  it('is valid YAML that lints, tests and diffs', async () => {
    const { parse } = await import('yaml');
    const workflow = parse(readFileSync('docs/criteria-ci.yml', 'utf8'));
    const commands = workflow.jobs.check.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    for (const command of ['atra lint', 'atra test', 'atra diff', '--format github', '--format sarif', '--format junit', '--rev']) expect(commands).toContain(command);
  });
});
