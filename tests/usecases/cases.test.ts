import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaseFiles } from '../../src/usecases/cases.js';

describe('criterion coverage of a test run', () => {
  it('does not hold a built-in set that a user\'s own regression cases run against to coverage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atra-own-cases-'));
    writeFileSync(join(dir, 'base.yaml'), 'id: B-1\ndate: 2026-03-14\nexporter: { state: XA, name: Aldorian Defence Systems }\nimporter: { state: KP, name: Korea Trading }\nend_user: { name: KPA, state: KP, type: armed-forces }\nitems: [{ category: small-arms, class: arm, quantity: 10, flags: [] }]\n');
    writeFileSync(join(dir, 'mine.cases.yaml'), 'criteria: att\ncontext: [training]\nbase: base.yaml\ncases:\n  - name: rifles for the DPRK are prohibited\n    expect: { decision: prohibited }\n');
    const run = await runCaseFiles([dir]);
    expect(run.diagnostics).toEqual([]);
    expect(run.cases.map(c => [c.name, c.passed])).toEqual([['rifles for the DPRK are prohibited', true]]);
    expect(run.coverage).toEqual([]);
    expect(run.gaps).toEqual([]);
  });

  it('holds a set under the tested paths to coverage of the criteria it defines', async () => {
    const run = await runCaseFiles(['criteria/eu-cp']);
    expect(run.coverage.length).toBeGreaterThan(10);
    expect(run.coverage.every(c => c.set === 'eu-cp' && c.triggered > 0 && c.clear > 0)).toBe(true);
    expect(run.gaps).toEqual([]);
  });
});
