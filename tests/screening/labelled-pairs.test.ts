import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PolicySchema } from '../../src/schema/schemas.js';
import { compareNames, normaliseName } from '../../src/screening/index.js';

interface Pair { id: string; party: string; listed: string; same: string; category: string; source: string }

const pairs = parse<Pair>(readFileSync('fixtures/screening/pairs.csv'), { columns: true });
const policy = PolicySchema.parse(parseYaml(readFileSync('criteria/att/policy.yaml', 'utf8')));
const heldOut = pairs.filter(pair => Number(pair.id) % 2 === 0);

function measure(threshold: number): { precision: number; recall: number } {
  const scored = heldOut.map(pair => ({ same: pair.same === '1', score: compareNames(normaliseName(pair.party), normaliseName(pair.listed)).score }));
  const tp = scored.filter(s => s.same && s.score >= threshold).length;
  const fp = scored.filter(s => !s.same && s.score >= threshold).length;
  const fn = scored.filter(s => s.same && s.score < threshold).length;
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

describe('the labelled name pairs', () => {
  it('has at least 200 sourced pairs, at least 40% of them hard negatives', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(200);
    expect(pairs.filter(p => p.same === '0').length / pairs.length).toBeGreaterThanOrEqual(0.4);
    expect(pairs.every(p => p.source.length > 10)).toBe(true);
  });

  // The figures reached on the held-out half when the thresholds were tuned on the other half
  // (docs/screening.md): a change to the matcher that lowers them fails here.
  it('flags held-out pairs at the possible threshold with the documented precision and recall', () => {
    const { precision, recall } = measure(policy.screening!.possible);
    expect(precision).toBeGreaterThanOrEqual(0.93);
    expect(recall).toBeGreaterThanOrEqual(0.88);
  });

  it('calls held-out pairs a match at the strong threshold with the documented precision and recall', () => {
    const { precision, recall } = measure(policy.screening!.strong);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.64);
  });
});
