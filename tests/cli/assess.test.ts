import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { DECISIONS } from '../../src/schema/index.js';
import { runInProcess as atra } from '../helpers/run-cli.js';

/** Runs the built binary the way a user does: the shim, a pipe on standard input. */
function binary(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['bin/atra.js', ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const FIXTURES = readdirSync('fixtures/applications').filter(f => /\.(ya?ml|json)$/.test(f)).map(f => `fixtures/applications/${f}`);

describe('atra assess', async () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the report is checked field by field below
  let report: any;
  beforeAll(async () => {
    report = JSON.parse((await atra(['assess', ...FIXTURES, '--context', 'training', '--format', 'json', '--assessed-at', '2026-11-22T00:00:00Z'])).stdout);
  });

  it('meets the contract §4 minimum', () => {
    expect(report.tool).toEqual({ name: 'atra', version: expect.any(String) });
    expect(report.assessed_at).toBe('2026-11-22T00:00:00Z');
    for (const c of report.criteria) expect(c).toMatchObject({ id: expect.any(String), version: expect.any(String), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    for (const c of report.context) expect(c).toMatchObject({ file: expect.any(String), as_of: expect.any(String), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(report.inputs.map((i: { file: string }) => i.file).sort()).toEqual([...FIXTURES].sort());
    for (const result of report.results) {
      expect(result).toMatchObject({ id: expect.any(String), source: expect.stringMatching(/:\d+$/), decision: expect.any(String) });
      for (const finding of result.findings) {
        expect(finding).toMatchObject({ criterion: expect.any(String), basis: expect.any(Array), status: expect.any(String), explanation: expect.any(String), evidence: expect.any(Array) });
      }
    }
  });

  it('results + errors = records, always', () => {
    const { records, assessed, errors, decisions } = report.summary;
    expect(records).toBe(assessed + errors);
    expect(report.results.length).toBe(assessed);
    expect(report.errors.length).toBe(errors);
    expect(Object.values(decisions).reduce((a: number, b) => a + (b as number), 0)).toBe(assessed);
  });

  it('the worked applications reach every decision value', () => {
    const reached = new Set(report.results.map((r: { decision: string }) => r.decision));
    expect([...reached].sort()).toEqual([...DECISIONS].sort());
  });

  it('no end user, or a destination without a profile, never approves', () => {
    const byId = new Map(report.results.map((r: { id: string; decision: string }) => [r.id, r.decision]));
    expect(byId.get('APP-2026-0011')).toBe('incomplete');
    expect(byId.get('APP-2026-0012')).toBe('review');
  });

  it('prints the decision first in text, without colour when not a terminal', async () => {
    const { code, stdout } = await atra(['assess', 'fixtures/applications/08-prohibited-un-embargo.yaml']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[1]).toContain('Recommendation: PROHIBITED');
    expect(stdout).not.toMatch(/\u001b\[/);
    expect(stdout).toContain('the licensing officer decides');
  });

  it('--fail-on exits 1 at or above the threshold and 0 below it', async () => {
    expect((await atra(['assess', 'fixtures/applications/06-refuse-ihl.yaml', '--context', 'training', '--fail-on', 'refuse', '--format', 'json'])).code).toBe(1);
    expect((await atra(['assess', 'fixtures/applications/06-refuse-ihl.yaml', '--context', 'training', '--fail-on', 'prohibited', '--format', 'json'])).code).toBe(0);
  });

  it('a missing file and a bad option exit 2 with a clear message and no stack trace', async () => {
    const missing = await atra(['assess', 'nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stdout + missing.stderr).toContain('cannot read nope.yaml: no such file');
    const bad = await atra(['assess', 'fixtures/applications/01-approve.yaml', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("argument 'pdf' is invalid");
    expect(missing.stderr + bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('a broken criteria file exits 2 with file:line:col', async () => {
    const { code, stderr } = await atra(['assess', '--criteria', 'fixtures/criteria/invalid/bad-operator', 'fixtures/applications/01-approve.yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('fixtures/criteria/invalid/bad-operator/criteria/national-small-arms.yaml:10:7');
  });

});

describe('atra test', () => {
  it('passes on the built-in criteria with full coverage', async () => {
    const { code, stdout } = await atra(['test', 'criteria']);
    expect(code).toBe(0);
    expect(stdout).toContain('(100%)');
    expect(stdout).toMatch(/\n\d+ passed, 0 failed\n$/);
  });

  it('a broken case shows expected against actual and exits 1', async () => {
    const { code, stdout } = await atra(['test', 'fixtures/cases/broken.cases.yaml']);
    expect(code).toBe(1);
    expect(stdout).toContain('- decision: expected approve, got refuse');
    expect(stdout).toContain('- att-7-1-b-ii-human-rights: expected clear, got triggered: The (fictional) Regional Court');
    expect(stdout).toMatch(/\n0 passed, 1 failed\n$/);
  });

  it('prints the reason of a criterion an overlay disabled', async () => {
    const { stdout } = await atra(['assess', '--criteria', 'fixtures/criteria/overlay', 'fixtures/applications/01-approve.yaml']);
    expect(stdout).toContain('Disabled by the overlay: att-11-2-delivery-verification: Delivery verification is a standard condition');
  });

  it('fails with exit 1 when no case is found', async () => {
    expect((await atra(['test', 'fixtures/golden'])).code).toBe(1);
  });
});

describe('the built binary', () => {
  it('reads standard input with -', () => {
    // Items outside ATT 2(1) to a state under no UN embargo: out of scope (the embargo check still runs).
    const { code, stdout } = binary(['assess', '-', '--format', 'json'], '{"id":"S-1","date":"2026-03-14","exporter":{"state":"DE","name":"Example GmbH"},"importer":{"state":"FR","name":"DGA"},"end_user":{"name":"French Army","state":"FR","type":"armed-forces"},"items":[{"category":"other","class":"arm"}]}');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results[0]).toMatchObject({ id: 'S-1', source: '<stdin>:1', decision: 'out-of-scope' });
  });

  it('--version answers from the shim', () => {
    expect(binary(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
