import { describe, expect, it } from 'vitest';
import { runInProcess as atra } from '../helpers/run-cli.js';

describe('a context loaded for nothing', () => {
  it('is named on standard error when no criterion reads its embargoes, and the assessment goes on', async () => {
    const alone = await atra(['assess', 'fixtures/applications/08-prohibited-un-embargo.yaml', '--context', 'eu', '--format', 'json']);
    expect(alone.code).toBe(0);
    expect(alone.stderr).toBe('atra: note: the context holds EU and OSCE embargoes that no criterion of att reads: they are listed among the inputs but not applied (the EU Common Position reads them: --criteria eu-cp).\n');
    expect(JSON.parse(alone.stdout).results[0].decision).toBe('prohibited');
  });

  it('says nothing when the criteria read every authority the context holds', async () => {
    for (const args of [['--criteria', 'eu-cp', '--context', 'eu'], ['--context', 'training'], []]) {
      const run = await atra(['assess', 'fixtures/applications/08-prohibited-un-embargo.yaml', ...args, '--format', 'json']);
      expect(run.stderr, args.join(' ')).toBe('');
    }
  });
});
