import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const APP = 'fixtures/screening/applications/possible-match.yaml';
const CONTEXT = ['--context', 'training', '--context', 'fixtures/screening/context'];
const DECISIONS = ['--screening-decisions', 'fixtures/screening/screening-decisions.yaml'];
const AT = ['--assessed-at', '2026-03-14T00:00:00Z'];

interface Finding {
  criterion: string;
  status: string;
  level?: string;
  task?: string;
  evidence: { fact: string; value: string }[];
}
async function json(extra: string[], app = APP): Promise<{ decision: string; decided_by: string[]; findings: Finding[] }> {
  const { code, stdout, stderr } = await cli(['assess', app, ...CONTEXT, ...AT, '--format', 'json', ...extra]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { results: { decision: string; decided_by: string[]; findings: Finding[] }[] }).results[0]!;
}

const embargoFinding = (result: { findings: Finding[] }): Finding => result.findings.find(f => f.criterion === 'att-6-1-un-arms-embargo')!;

describe('the listed-embargo check with the screening matcher', () => {
  it('turns an otherwise clean application into review on a possible match, with the task to resolve it', async () => {
    const result = await json([]);
    expect(result.decision).toBe('review');
    expect(result.decided_by).toEqual(['att-6-1-un-arms-embargo']);
    const finding = embargoFinding(result);
    expect(finding.status).toBe('unknown');
    expect(finding.level).toBe('officer-finding');
    expect(finding.task).toMatch(/^Resolve a possible match \(brokers\[0\]\.name 0\.900 possible: "Northern Spear Logistics LLC" ~ "NORTHERN SPEAR LOGISTICS FZE"/);
  });

  it('lets it through with a recorded false-positive decision, shown in text, JSON and Markdown', async () => {
    const result = await json(DECISIONS);
    expect(result.decision).toBe('approve');
    const finding = embargoFinding(result);
    expect(finding.status).toBe('clear');
    const fact = finding.evidence.find(f => f.fact === 'screening decision brokers[0].name');
    expect(fact?.value).toMatch(/dismissed as a false positive by A\. Example \(licensing officer\) on 2026-03-10 \(until 2027-03-10\): Different company/);
    for (const format of ['text', 'markdown']) {
      const { stdout } = await cli(['assess', APP, ...CONTEXT, ...AT, ...DECISIONS, '--format', format]);
      expect(stdout).toContain('dismissed as a false positive by A. Example (licensing officer)');
    }
  });

  it('shows the same score and explanation as atra screen for the same pair', async () => {
    const finding = embargoFinding(await json([]));
    const evidence = finding.evidence.find(f => f.fact === 'screening brokers[0].name')!.value;
    const screened = await cli(['screen', APP, ...CONTEXT, '--format', 'json']);
    const candidate = JSON.parse(screened.stdout).results.find((r: { role: string }) => r.role === 'brokers[0].name').candidates[0];
    expect(candidate.summary).toBe(evidence);
  });

  it('stops applying a decision once the party is renamed, or the decision has expired', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atra-screening-'));
    const renamed = join(dir, 'renamed.yaml');
    writeFileSync(renamed, readFileSync(APP, 'utf8').replace('Northern Spear Logistics LLC', 'Northern Spear Logistics L.L.C.'));
    expect((await json(DECISIONS, renamed)).decision).toBe('review');
    const later = join(dir, 'later.yaml');
    writeFileSync(later, readFileSync(APP, 'utf8').replace('date: 2026-03-14', 'date: 2027-03-12'));
    expect((await json(DECISIONS, later)).decision).toBe('review');
  });

  it('prohibits on a strong match (the same broker in the listed entity\'s own country)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atra-screening-'));
    const file = join(dir, 'strong.yaml');
    writeFileSync(file, readFileSync(APP, 'utf8').replace('{ name: Northern Spear Logistics LLC, state: XA', '{ name: Northern Spear Logistics LLC, state: AE'));
    const result = await json([], file);
    expect(result.decision).toBe('prohibited');
    expect(embargoFinding(result).evidence.some(f => f.value.startsWith('1.000 match'))).toBe(true);
  });

  it('treats a party name with no letters or digits as unscreenable (unknown), never as clear', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atra-screening-'));
    const file = join(dir, 'blank.yaml');
    writeFileSync(file, readFileSync(APP, 'utf8').replace('Northern Spear Logistics LLC', '"???"'));
    const result = await json([], file);
    expect(embargoFinding(result).status).toBe('unknown');
    expect(result.decision).toBe('incomplete');
  });

  it('keeps the best candidate below the threshold in the evidence of a clear finding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atra-screening-'));
    const file = join(dir, 'weak.yaml');
    writeFileSync(file, readFileSync(APP, 'utf8').replace('Northern Spear Logistics LLC', 'Northern Lights Logistics LLC'));
    const finding = embargoFinding(await json([], file));
    expect(finding.status).toBe('clear');
    expect(finding.evidence.find(f => f.fact === 'screening brokers[0].name')?.value).toMatch(/^0\.\d+ clear: "Northern Lights Logistics LLC"/);
  });

  it('rejects a decisions file with a decision that gives no reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atra-screening-'));
    const file = join(dir, 'screening-decisions.yaml');
    writeFileSync(file, readFileSync('fixtures/screening/screening-decisions.yaml', 'utf8').replace(/ {4}reason: >-\n(?: {6}.*\n)+/, ''));
    const { code, stderr } = await cli(['assess', APP, ...CONTEXT, '--screening-decisions', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/screening-decisions\.yaml:\d+:\d+.*gives no reason/);
  });
});
