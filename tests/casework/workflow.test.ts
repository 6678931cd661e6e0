import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';
import { lintPaths } from '../../src/lint/lint.js';
import { adviceChain, adviceDigest, guardProhibition, type AdviceStatement, type Statement } from '../../src/casework/index.js';
import type { RecordResult } from '../../src/engine/index.js';

const F = 'fixtures/officer';

async function atra(args: string[], now = '2026-03-11T09:00:00Z') {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: t => void (stdout += t),
    stdoutStream: new Writable({ write: (chunk, _enc, done) => { stdout += String(chunk); done(); } }),
    stderr: t => void (stderr += t),
    stderrIsTty: false,
    stdoutIsTty: false,
    env: { NO_COLOR: '1' },
    now: () => new Date(now),
    readStdin: async () => '',
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'atra-case-'));

describe('the officer workflow', () => {
  it('goes from incomplete to a decision citing every determination, advice, countersignature and a verified log', async () => {
    const dir = tmp();
    const before = await atra(['assess', `${F}/application.yaml`, '--format', 'json']);
    expect(JSON.parse(before.stdout).results[0].decision).toBe('incomplete');
    const init = await atra(['context', 'init', `${F}/application.yaml`, '--out', join(dir, 'ctx')]);
    expect(init.code).toBe(0);
    const scaffold = readFileSync(join(dir, 'ctx', 'states.yaml'), 'utf8');
    expect(scaffold).toMatch(/^ {2}GB:/m);
    expect(scaffold).toMatch(/^ {2}QN:/m);
    expect(scaffold).toContain('Chapter XXVI-8');
    expect(scaffold).toContain('aircraft-offences-protocol-2014');
    expect(scaffold).not.toMatch(/^ {4}(att|treaties|armed_conflict|findings):/m);
    const log = join(dir, 'decisions.ndjson');
    const report = join(dir, 'report.json');
    const assessed = await atra(['assess', `${F}/application.yaml`, '--context', `${F}/context`, '--determinations', `${F}/determinations.yaml`, '--format', 'json', '--output', report, '--log', log, '--assessed-at', '2026-03-11T09:00:00Z']);
    expect(assessed.code).toBe(0);
    const result = JSON.parse(readFileSync(report, 'utf8')).results[0];
    expect(result.decision).toBe('approve');
    expect(result.determinations.map((d: { id: string }) => d.id)).toEqual(['euc-authenticated', 'knowledge-6-3', 'qn-findings']);
    for (const d of result.determinations) expect(d.cited_by.length).toBeGreaterThan(0);
    const evidence = result.findings.flatMap((f: { evidence: { source: string }[] }) => f.evidence).map((e: { source: string }) => e.source);
    expect(evidence.some((s: string) => s.includes('established by J. Smith on 2026-03-10'))).toBe(true);
    const verified = await atra(['verify', log, '--records', `${F}/application.yaml`, '--context', `${F}/context`, '--determinations', `${F}/determinations.yaml`, '--report', report]);
    expect(verified.stdout).toContain('all match');
    expect(verified.code).toBe(0);
    writeFileSync(report, readFileSync(report, 'utf8').replace('"decision": "approve"', '"decision": "approvf"'));
    const tampered = await atra(['verify', log, '--report', report]);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/FAILED: .*report\.json:\d+: the result for GB-SIEL-2026-0311 does not match .*decisions\.ndjson:1/);
    writeFileSync(log, readFileSync(log, 'utf8').replace('"decision":"approve"', '"decision":"approvf"'));
    const broken = await atra(['verify', log]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('decisions.ndjson:1: the line was altered');
  });

  it('signs the log head and detects a cut tail', async () => {
    const dir = tmp();
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(join(dir, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(join(dir, 'key.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
    const log = join(dir, 'log.ndjson');
    for (let i = 0; i < 2; i++) await atra(['assess', `${F}/application.yaml`, '--context', `${F}/context`, '--log', log, '--sign-key', join(dir, 'key.pem')]);
    expect((await atra(['verify', log, '--verify-key', join(dir, 'key.pub')])).code).toBe(0);
    writeFileSync(log, `${readFileSync(log, 'utf8').split('\n')[0]}\n`);
    const cut = await atra(['verify', log, '--verify-key', join(dir, 'key.pub')]);
    expect(cut.code).toBe(1);
    expect(cut.stdout).toContain('lines were cut from its end');
  });
});

describe('advice and countersigning', () => {
  const advice: AdviceStatement = { kind: 'advice', record: 'R1', officer: 'J. Smith', date: '2026-03-11', advice: 'approve', reason: 'clear' };

  it('refuses self-countersigning', async () => {
    const file = join(tmp(), 'advice.yaml');
    expect((await atra(['decide', 'R1', '--advice', 'approve', '--officer', 'J. Smith', '--reason', 'clear', '--file', file])).code).toBe(0);
    const self = await atra(['countersign', 'R1', '--officer', 'j.  smith', '--file', file]);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('cannot countersign');
    const chain = adviceChain('R1', [advice, { kind: 'countersignature', record: 'R1', officer: 'J. Smith', date: '2026-03-12', advice_sha256: adviceDigest(advice), agrees: true }], { rules: [{ id: 'all', description: 'all', required: 1 }] });
    expect(chain.countersignatures[0]?.status).toBe('void-self');
    expect(chain.complete).toBe(false);
  });

  it('voids a countersignature when the advice is edited', () => {
    const signed: Statement[] = [advice, { kind: 'countersignature', record: 'R1', officer: 'A. Patel', date: '2026-03-12', advice_sha256: adviceDigest(advice), agrees: true }];
    const policy = { rules: [{ id: 'all', description: 'all', required: 1 }] };
    expect(adviceChain('R1', signed, policy).complete).toBe(true);
    const edited: Statement[] = [{ ...advice, reason: 'clear, on reflection' }, signed[1] as Statement];
    const chain = adviceChain('R1', edited, policy);
    expect(chain.countersignatures[0]?.status).toBe('void-advice-changed');
    expect(chain.complete).toBe(false);
  });

  it('asks two countersignatures for MANPADS and one for an overturned refusal', () => {
    const policy = { rules: [{ id: 'manpads', description: 'm', item_flags: ['manpads'], required: 2 }, { id: 'overturned', description: 'o', advice: ['approve' as const], recommendation: ['refuse' as const], required: 1 }] };
    const record = { id: 'R1', date: '2026-03-01', activity: 'export' as const, items: [{ category: 'missiles' as const, class: 'arm' as const, flags: ['manpads'] }] };
    expect(adviceChain('R1', [advice], policy, 'approve', record).required).toBe(2);
    expect(adviceChain('R1', [advice], policy, 'refuse').required).toBe(1);
    expect(adviceChain('R1', [advice], policy, 'prohibited').problems).toContain('the application is prohibited (ATT 6): only refusal can be advised');
  });
});

describe('determinations never lift a prohibition', () => {
  it('keeps a prohibited baseline prohibited', () => {
    const base = { id: 'R1', source: 'a:1', decision: 'prohibited', decided_by: ['att-6-1-un-arms-embargo'], findings: [], tasks: [], conditions: [], as_of: '2026-01-01' } as RecordResult;
    const guarded = guardProhibition(base, { ...base, decision: 'approve', determinations: [] });
    expect(guarded.result.decision).toBe('prohibited');
    expect(guarded.warning).toContain('stays prohibited');
  });
});

describe('lint rules for case files', () => {
  it('reports every determination and countersigning rule', async () => {
    const dir = tmp();
    cpSync(`${F}/application.yaml`, join(dir, 'application.yaml'));
    const base = "officer: J. Smith\n    date: 2026-03-10\n    sources: [x]\n";
    writeFileSync(join(dir, 'determinations.yaml'), `records: [application.yaml]
determinations:
  - id: no-reason
    subject: { record: GB-SIEL-2026-0311 }
    field: officer.notes
    value: n
    ${base}    expires: 2027-01-01
  - id: expired
    subject: { record: GB-SIEL-2026-0311 }
    field: officer.aggression_risk
    value: false
    reason: r
    ${base}    expires: 2026-04-01
  - id: orphaned
    subject: { record: NOT-A-RECORD }
    field: officer.knowledge_6_3
    value: false
    reason: r
    ${base}    expires: 2027-01-01
  - id: protected
    subject: { record: GB-SIEL-2026-0311 }
    field: items[0].flags
    value: []
    reason: r
    ${base}    expires: 2027-01-01
  - id: treaties
    subject: { state: GB }
    field: treaties
    value: [apmbc]
    reason: r
    ${base}    expires: 2027-01-01
  - id: bad-value
    subject: { state: QN }
    field: armed_conflict
    value: maybe
    reason: r
    ${base}    expires: 2027-01-01
  - id: dup-a
    subject: { state: QN }
    field: att
    value: party
    reason: r
    ${base}    expires: 2027-01-01
  - id: dup-b
    subject: { state: QN }
    field: att
    value: none
    reason: r
    officer: J. Smith
    date: 2026-03-10
`);
    const a = { kind: 'advice', record: 'R1', officer: 'J. Smith', date: '2026-03-11', advice: 'approve', reason: 'clear' };
    writeFileSync(join(dir, 'advice.yaml'), `- ${JSON.stringify(a)}\n- ${JSON.stringify({ kind: 'countersignature', record: 'R1', officer: 'J. Smith', date: '2026-03-12', advice_sha256: adviceDigest(a as AdviceStatement) })}\n- ${JSON.stringify({ kind: 'countersignature', record: 'R1', officer: 'A. Patel', date: '2026-03-12', advice_sha256: 'a'.repeat(64) })}\n`);
    mkdirSync(join(dir, 'ctx'));
    writeFileSync(join(dir, 'ctx', 'states.yaml'), 'as_of: 2024-01-01\nsources: [s]\nstates:\n  XW:\n    fictional: true\n    att: party\n    checked_on: 2024-01-01\n');
    const { problems } = await lintPaths([dir], '2026-06-01');
    const codes = new Set(problems.map(p => p.code));
    for (const code of ['determination-no-reason', 'determination-expired', 'determination-orphaned', 'determination-protected-field', 'determination-invalid-value', 'determination-duplicate', 'determination-no-expiry', 'countersign-self', 'countersign-void', 'profile-stale']) expect(codes, code).toContain(code);
    expect(problems.filter(p => p.code === 'determination-protected-field')).toHaveLength(2);
    expect(problems.find(p => p.code === 'profile-stale')?.severity).toBe('warning');
  });

  it('assess ignores expired and reason-less determinations with a warning in the report', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'determinations.yaml'), readFileSync(`${F}/determinations.yaml`, 'utf8').replace('expires: 2027-03-10', 'expires: 2026-03-01'));
    const out = await atra(['assess', `${F}/application.yaml`, '--context', `${F}/context`, '--determinations', join(dir, 'determinations.yaml'), '--format', 'json', '--assessed-at', '2026-03-11T09:00:00Z']);
    const report = JSON.parse(out.stdout);
    expect(report.case.warnings.join('\n')).toContain('determination-expired');
    expect(report.results[0].determinations.map((d: { id: string }) => d.id)).not.toContain('euc-authenticated');
    expect(report.results[0].decision).toBe('incomplete');
  });
});

describe('atra reassess (ATT 7(7))', () => {
  it('lists a licence whose destination came under an embargo after the licence date', async () => {
    const dir = tmp();
    const record = readFileSync(`${F}/application.yaml`, 'utf8') + 'licence: { status: authorized, date: 2026-03-15, reference: GBSIEL/2026/0311 }\n';
    writeFileSync(join(dir, 'licences.yaml'), record);
    mkdirSync(join(dir, 'new'));
    writeFileSync(join(dir, 'new', 'embargoes.yaml'), `as_of: 2026-07-01
sources: [test]
embargoes:
  - id: test-new-embargo
    authority: UN
    basis: UNSCR 9999 (2026), a resolution made up for this test
    target: QN
    scope: all
    categories: all
    from: 2026-06-01
    until: null
`);
    const args = ['reassess', join(dir, 'licences.yaml'), '--context', `${F}/context`, '--context', join(dir, 'new'), '--determinations', `${F}/determinations.yaml`];
    const later = await atra([...args, '--as-of', '2026-07-01']);
    expect(later.code).toBe(1);
    expect(later.stdout).toContain('now: PROHIBITED');
    expect(later.stdout).toContain('test-new-embargo');
    expect(later.stdout).toContain('Actions open to the officer: suspend, revoke');
    const earlier = await atra([...args, '--as-of', '2026-05-01']);
    expect(earlier.code).toBe(0);
    expect(earlier.stdout).toContain('0 need action');
  });
});

describe('prohibitions stay prohibitions', () => {
  it('sets aside determinations that would lift a prohibition found without them', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'determinations.yaml'), `determinations:
  - id: no-knowledge
    subject: { record: APP-2026-0009 }
    field: officer.knowledge_6_3
    value: false
    officer: J. Smith
    date: 2026-01-10
    reason: r
    sources: [s]
    expires: 2027-01-01
  - id: flags
    subject: { record: APP-2026-0008 }
    field: items[0].flags
    value: []
    officer: J. Smith
    date: 2026-01-10
    reason: r
    expires: 2027-01-01
`);
    const out = await atra(['assess', 'fixtures/applications/09-prohibited-knowledge-6-3.yaml', 'fixtures/applications/08-prohibited-un-embargo.yaml', '--context', 'training', '--determinations', join(dir, 'determinations.yaml'), '--format', 'json', '--assessed-at', '2026-02-01T00:00:00Z']);
    const report = JSON.parse(out.stdout);
    expect(report.results.map((r: { decision: string }) => r.decision)).toEqual(['prohibited', 'prohibited']);
    expect(report.case.warnings.join('\n')).toContain('stays prohibited');
    expect(report.case.warnings.join('\n')).toContain('determination-protected-field');
  });

  it('prints JSON Schemas for determinations and advice files', async () => {
    const out = await atra(['schema', 'determinations']);
    expect(JSON.parse(out.stdout).$id).toBe('urn:atra:schema:v1:determinations');
    expect(JSON.parse((await atra(['schema', 'advice'])).stdout).type).toBe('array');
  });
});
