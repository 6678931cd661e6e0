import { describe, expect, it } from 'vitest';
import { BatchIdRegistry } from '../../src/batch/batch-id-registry.js';
import { IdRegistry } from '../../src/batch/id-registry.js';

/** "X at file:line, first used at file:line" for an error, as the report says it. */
function said(error: { source: string; message: string } | undefined): string | undefined {
  if (!error) return undefined;
  const first = /id "([^"]+)" is already used at (\S+)/.exec(error.message);
  return `${first?.[1] ?? '?'} at ${error.source}, first used at ${first?.[2] ?? '?'}`;
}

/** The duplicates found when claiming `ids` in order, one per line of `in.ndjson`. */
function duplicates(registry: { claim(id: string, source: string): { source: string; message: string } | undefined }, ids: readonly string[]): string[] {
  return ids.flatMap((id, i) => said(registry.claim(id, `in.ndjson:${i + 1}`)) ?? []);
}

describe('the batch duplicate-id check', () => {
  const ids = ['A', 'B', 'C', 'A', 'D', 'E', 'B', 'F', 'E', 'G', 'A'];

  it('finds the same duplicates, citing the same first use, before and after it turns to fingerprints', () => {
    const exact = duplicates(new IdRegistry(), ids);
    expect(exact).toEqual([
      'A at in.ndjson:4, first used at in.ndjson:1',
      'B at in.ndjson:7, first used at in.ndjson:2',
      'E at in.ndjson:9, first used at in.ndjson:6',
      'A at in.ndjson:11, first used at in.ndjson:1',
    ]);
    // With a limit of 2, it holds fingerprints from the third distinct id on.
    for (const limit of [0, 1, 2, 3, 5, 100]) expect(duplicates(new BatchIdRegistry(limit), ids)).toEqual(exact);
  });

  it('keeps ids from several files apart by file and line', () => {
    const registry = new BatchIdRegistry(1);
    expect(registry.claim('X', 'a.csv:2')).toBeUndefined();
    expect(registry.claim('Y', 'b.csv:7')).toBeUndefined();
    expect(said(registry.claim('X', 'b.csv:9'))).toBe('X at b.csv:9, first used at a.csv:2');
    expect(said(registry.claim('Y', 'a.csv:3'))).toBe('Y at a.csv:3, first used at b.csv:7');
  });
});
