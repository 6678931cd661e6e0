// Screening benchmark: 10,000 party names against 1,000 listed entries with 3 aliases each
// (4,000 listed names), with the blocking index against a naive all-pairs baseline that compares
// every party name with every listed name. Each run is a child process, so peak memory (max RSS)
// is its own. Names are generated from a fixed seed: the same run every time.
// Run: npm run bench:screening [-- --parties N --baseline-parties N]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const parties = option('--parties', 10000);
const baselineParties = option('--baseline-parties', parties);
const child = fileURLToPath(new URL('./screening-child.mjs', import.meta.url));
const measure = (mode: string, n: number) => {
  const out = spawnSync(process.execPath, [child, mode, String(n)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout) as { mode: string; parties: number; listedNames: number; buildMs: number; screenMs: number; perName: number; cpuMs: number; flagged: number; maxRssMb: number; best: string[] };
};
const indexed = measure('indexed', parties);
const naive = measure('naive', baselineParties);
const compared = Math.min(indexed.best.length, naive.best.length);
let naiveFlagged = 0;
let same = 0;
for (let i = 0; i < compared; i++) {
  if (!naive.best[i]) continue;
  naiveFlagged++;
  if (naive.best[i] === indexed.best[i]) same++;
}
const row = (r: typeof indexed) =>
  `| ${r.mode} | ${r.parties.toLocaleString('en')} | ${r.listedNames.toLocaleString('en')} | ${(r.buildMs / 1000).toFixed(2)} s | ${(r.screenMs / 1000).toFixed(2)} s | ${(r.cpuMs / 1000).toFixed(2)} s | ${((r.cpuMs / r.parties) * 1000).toFixed(0)} µs | ${r.flagged} | ${r.maxRssMb.toFixed(0)} MB |`;
console.log('| run | party names | listed names | index build | screening (wall) | CPU time | CPU per name | flagged | peak RSS |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
console.log(row(indexed));
console.log(row(naive));
console.log(`\nSame best candidate as the all-pairs baseline for ${same} of ${naiveFlagged} names the baseline flags (${((100 * same) / Math.max(1, naiveFlagged)).toFixed(1)}%), over the first ${compared.toLocaleString('en')} names.`);
if (baselineParties < parties) console.log(`The baseline ran on the first ${baselineParties.toLocaleString('en')} names only; at its rate the full ${parties.toLocaleString('en')} would take about ${((naive.cpuMs / naive.parties) * parties / 1000).toFixed(0)} s of CPU.`);
