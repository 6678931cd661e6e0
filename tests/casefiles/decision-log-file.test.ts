import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendToLog, readLogLines, type CaseResult } from '../../src/casefiles/index.js';
import { GENESIS, verifyChain } from '../../src/casework/index.js';
import { assessRecord } from '../../src/engine/index.js';
import { TransferRecordSchema } from '../../src/schema/schemas.js';
import { trainingSetup } from '../helpers/training-setup.js';

const RUN = { criteria_sha256: 'c'.repeat(64), context_sha256: 'd'.repeat(64), judged_on: '2026-03-14', engine: 'atra test' };

describe('the decision log file', () => {
  let results: CaseResult[];
  beforeAll(async () => {
    const { compiled, context } = await trainingSetup();
    results = ['L-1', 'L-2', 'L-3'].map((id, i) => {
      const record = TransferRecordSchema.parse({ id, date: '2026-03-14', importer: { state: i ? 'XR' : 'XB' }, items: [{ category: 'small-arms', class: 'arm' }] });
      return { result: assessRecord(compiled, { record, origin: { file: 'cases.yaml', line: i + 1 } }, context), recordSha256: 'r'.repeat(64), determinationsSha256: 'e'.repeat(64), warnings: [] };
    });
  });

  it('starts a missing file, then chains each run to the last line of the one before', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'atra-log-')), 'decisions.ndjson');
    expect(await readLogLines(log)).toEqual([]);
    const first = await appendToLog(log, results.slice(0, 2), RUN);
    const second = await appendToLog(log, results.slice(2), RUN);
    expect([first.appended, first.seq, second.appended, second.seq]).toEqual([2, 2, 1, 3]);
    const { entries, break: broken } = verifyChain(await readLogLines(log));
    expect(broken).toBeUndefined();
    expect(entries.map(e => [e.seq, e.record_id, e.decision])).toEqual(results.map((r, i) => [i + 1, r.result.id, r.result.decision]));
    expect(entries[0]!.prev).toBe(GENESIS);
    expect(entries[2]!.prev).toBe(first.head);
    expect(second.head).toBe(entries[2]!.hash);
  });

  it('refuses to append to a log whose chain is broken, and says at which line', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'atra-log-')), 'decisions.ndjson');
    await appendToLog(log, results, RUN);
    const lines = readFileSync(log, 'utf8').split('\n');
    const tampered = lines[1]!.replace(/"decision":"[a-z-]+"/, '"decision":"out-of-scope"');
    expect(tampered).not.toBe(lines[1]);
    writeFileSync(log, [lines[0], tampered, lines[2], ''].join('\n'));
    const before = readFileSync(log, 'utf8');
    expect(await appendToLog(log, results.slice(0, 1), RUN)).toMatchObject({ appended: 0, broken: 'line 2: the line was altered: its content does not match its hash' });
    expect(readFileSync(log, 'utf8')).toBe(before);
    appendFileSync(log, 'not json\n');
    expect(verifyChain(await readLogLines(log)).break?.line).toBe(2);
  });
});
