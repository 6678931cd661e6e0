import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInPty } from '../helpers/pty.js';
import { runInProcess as atra } from '../helpers/run-cli.js';

const ENTER = '\r';
const DOWN = '\u001b[B';
const UP = '\u001b[A';

describe('atra checklist', () => {
  it('prints a Markdown checklist by article with questions, indicators, sources and checkboxes', async () => {
    const { code, stdout } = await atra(['checklist']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Officer's checklist: Arms Trade Treaty/);
    expect(stdout).toContain('## ATT 6 — Prohibitions');
    expect(stdout).toContain('### ATT 7(1)(b)(i): Serious violations of international humanitarian law');
    expect(stdout).toContain('| Indicators to look at | Sources to consult |');
    expect(stdout).toContain('- [ ] Cannot tell');
    expect(stdout.match(/^### /gm)).toHaveLength(28);
  });

  it('comes pre-filled with the engine findings for a case', async () => {
    const { stdout } = await atra(['checklist', '--case', 'fixtures/applications/06-refuse-ihl.yaml', '--context', 'training']);
    expect(stdout).toContain('recommendation **refuse**');
    expect(stdout).toContain('Engine: ☒ Triggered  ☐ Clear  ☐ Cannot tell');
    expect(stdout).toContain('Independent Commission of Inquiry on Corvinia');
  });

  it('includes an overlay\'s criteria, and prints as text', async () => {
    expect((await atra(['checklist', '--criteria', 'eu-cp'])).stdout).toContain('### EU CP Criterion 2(a), EU CP Criterion 2(b): Clear risk of use for internal repression');
    expect((await atra(['checklist', '--format', 'text'])).stdout).toContain('ATT 11 — DIVERSION');
  });
});

describe('atra exercise', () => {
  it('runs interactively in a real terminal, grades, and writes the result file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atra-exercise-'));
    const result = join(dir, 'tess.json');
    const { screen, code } = await runInPty(`node bin/atra.js exercise s15 --result ${result}`, [
      { expect: 'Your name', send: `Tess Trainee${ENTER}` },
      { expect: 'ATT 2(1)', send: ENTER },
      { expect: 'Reason', send: `Body armour is not a 2(1) category${ENTER}` },
      { expect: 'ATT 2(3)', send: DOWN + ENTER },
      { expect: 'Reason', send: `Not an own-use movement${ENTER}` },
      { expect: 'arms embargo', send: DOWN + ENTER },
      { expect: 'Reason', send: `No UN embargo on Belmark${ENTER}` },
      { expect: 'Mine Ban', send: DOWN + ENTER },
      { expect: 'Reason', send: `Body armour is not a mine${ENTER}` },
      { expect: 'Cluster Munitions', send: DOWN + ENTER },
      { expect: 'Reason', send: `Nor a cluster munition${ENTER}` },
      { expect: 'overall decision', send: UP + ENTER },
    ]);
    expect(code).toBe(0);
    expect(screen).toContain('Body armour');
    expect(screen).toContain('Score: 6/6 (100%)');
    const written = JSON.parse(readFileSync(result, 'utf8'));
    expect(written).toMatchObject({ scenario: 's15-body-armour', trainee: 'Tess Trainee', score: { percent: 100 }, decision: { answer: 'out-of-scope', correct: true } });
    expect(written.answers.criteria['att-2-1-covered-items']).toEqual({ status: 'triggered', reason: 'Body armour is not a 2(1) category' });
    // The trainer collects result files and grades them again, or summarises a class from them.
    const regraded = await atra(['exercise', 's15', '--answers', result, result]);
    expect(regraded.stdout).toContain('Tess Trainee: 100%');
    expect(regraded.stdout).toContain('none: every trainee reached the model decision');
  });

  it('grades an answers file without prompts, with feedback per criterion', async () => {
    const { code, stdout } = await atra(['exercise', 's10', '--answers', 'fixtures/answers/s10/partly-right.yaml']);
    expect(code).toBe(0);
    expect(stdout).toContain('Score: 11/24 (46%)');
    expect(stdout).toContain('✗ Decision: you said refuse; the model answer is review');
  });

  it('prints a class summary for many answers files', async () => {
    const { stdout } = await atra(['exercise', 's10', '--answers', 'fixtures/answers/s10/all-right.yaml', 'fixtures/answers/s10/all-wrong.yaml', 'fixtures/answers/s10/partly-right.yaml', 'fixtures/answers/s10/also-refuse.yaml']);
    expect(stdout).toContain('Class summary for s10-dravenia-pistols (4 trainee(s)); model decision: review');
    expect(stdout).toContain('refuse instead of review: 2');
  });

  it('gives a blank answers template and lists the scenarios', async () => {
    expect((await atra(['exercise', 's10', '--template'])).stdout).toContain('att-7-1-b-ii-human-rights: { status: , reason: "" }');
    expect((await atra(['exercise', '--list'])).stdout.trim().split('\n')).toHaveLength(readdirSync('criteria/scenarios').length);
  });

  it('an unknown scenario is a usage error with a hint', async () => {
    const { code, stderr } = await atra(['exercise', 'nope']);
    expect(code).toBe(2);
    expect(stderr).toContain('run atra exercise --list');
  });
});
