// Tunes the matcher on the tuning half of fixtures/screening/pairs.csv (odd ids) only. A grid over the
// matcher's knobs; for each, the `possible` threshold that maximises F2 (recall weighs double: a missed
// listed party costs more than a review), then `strong` as the lowest threshold with no false positive.
// The held-out half (even ids) is scored by tests/screening/labelled-pairs.test.ts, never here.
// Run: npx tsx bench/screening-tune.ts [--list]
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { compareNames, DEFAULT_TUNING, normaliseName, type MatchTuning } from '../src/screening/index.js';

interface Pair { id: string; party: string; listed: string; same: string; category: string }
const rows = parse<Pair>(readFileSync('fixtures/screening/pairs.csv'), { columns: true }).filter(r => Number(r.id) % 2 === 1);
const names = rows.map(r => ({ same: r.same === '1', party: normaliseName(r.party), listed: normaliseName(r.listed), row: r }));
const thresholds = Array.from({ length: 41 }, (_, i) => 0.5 + i * 0.0125);

function measure(scores: { same: boolean; score: number }[], t: number) {
  const tp = scores.filter(s => s.same && s.score >= t).length;
  const fp = scores.filter(s => !s.same && s.score >= t).length;
  const fn = scores.filter(s => s.same && s.score < t).length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp / (tp + fn);
  const f2 = precision + recall ? (5 * precision * recall) / (4 * precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f2 };
}

let best: { tuning: MatchTuning; possible: number; strong: number; f2: number } | undefined;
for (const tokenMin of [0.78, 0.8, 0.82, 0.84, 0.86])
  for (const joinedMin of [0.86, 0.88, 0.9, 0.92])
    for (const extraPartyPenalty of [0.2, 0.3, 0.4])
      for (const phoneticLift of [0.3, 0.5])
        for (const initialScore of [0.7, 0.8]) {
          const tuning = { ...DEFAULT_TUNING, tokenMin, joinedMin, extraPartyPenalty, phoneticLift, initialScore };
          const scores = names.map(n => ({ same: n.same, score: compareNames(n.party, n.listed, {}, tuning).score }));
          for (const t of thresholds) {
            const m = measure(scores, t);
            if (best && m.f2 <= best.f2) continue;
            const strong = thresholds.find(s => s >= t && measure(scores, s).fp === 0) ?? 1;
            best = { tuning, possible: t, strong, f2: m.f2 };
          }
        }
console.log(JSON.stringify(best, null, 2));
const scores = names.map(n => ({ ...n, score: compareNames(n.party, n.listed, {}, best!.tuning).score }));
for (const [label, t] of [['possible', best!.possible], ['strong', best!.strong]] as const) console.log(label, t, measure(scores, t));
if (process.argv.includes('--list')) for (const s of scores.sort((a, b) => b.score - a.score)) console.log(s.score.toFixed(3), s.same ? 1 : 0, s.row.category, '|', s.row.party, '|', s.row.listed);
