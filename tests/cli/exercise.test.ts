import { describe, expect, it } from 'vitest';
import { runInPty } from '../helpers/pty.js';
import { runInProcess } from '../helpers/run-cli.js';
import { loadScenario, resolveScenario } from '../../src/trainer/scenarios.js';

describe('the exercise template on the command line', () => {
  it('"Is at least one item a conventional arm?" is context; body armour answered "yes, it applies" is right', async () => {
    const { stdout } = await runInProcess(['exercise', 's15', '--template']);
    expect(stdout).toContain('#   The criterion asks: Is at least one item a conventional arm');
    expect(stdout).toContain('#   It applies when: No item falls in an ATT 2(1) category');
    const { loaded } = await loadScenario((await resolveScenario('s15'))!);
    expect(loaded!.scenario.model_answer.statuses['att-2-1-covered-items']).toBe('triggered');
  });
});

describe('the exercise off a terminal', () => {
  it('says how to use --template and --answers, and exits 2 without escape codes or "internal error"', async () => {
    const result = await runInProcess(['exercise', 's07'], '\n', { stdinIsTty: false });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('atra exercise s07-the-long-way-round --template > answers.yaml');
    expect(result.stderr).toContain('--answers answers.yaml');
    expect(result.stderr + result.stdout).not.toContain('internal error');
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('Ctrl-C in a prompt ends quietly with exit 130', async () => {
    const { screen, code } = await runInPty('node bin/atra.js exercise s15', [{ expect: 'Your name', send: '\u0003' }]);
    expect(code).toBe(130);
    expect(screen).toContain('Exercise stopped; nothing was written.');
    expect(screen).not.toContain('internal error');
  });
});
