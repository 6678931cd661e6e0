// The benchmark: `npm run bench` (or `npm run bench -- --sizes 100000`). It generates seeded inputs,
// runs atra and its comparisons as separate processes, and prints (and saves) a Markdown table.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import { generate } from './generate.js';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = `${ROOT}bench/out`;
const args = process.argv.slice(2);
const sizes = (args[args.indexOf('--sizes') + 1] && args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]! : '100000,1000000').split(',').map(Number);
const JRE_SAMPLE = 20_000;
const TIME = existsSync('/usr/bin/time');

interface Run { seconds: number; peakMb: number }

/** Runs a command, measuring wall time and peak RSS (GNU time where present, else /proc polling). */
function measure(command: string, commandArgs: string[]): Promise<Run & { stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = TIME ? spawn('/usr/bin/time', ['-f', '%M', command, ...commandArgs], { cwd: ROOT }) : spawn(command, commandArgs, { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    const poll = TIME ? undefined : setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        peakKb = Math.max(peakKb, Number(hwm?.[1] ?? 0));
      } catch { /* the process has ended */ }
    }, 20);
    child.stdout.on('data', d => (stdout += d));
    child.stderr.on('data', d => (stderr += d));
    child.on('close', code => {
      if (poll) clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${command} ${commandArgs.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
      if (TIME) peakKb = Number(stderr.trim().split('\n').at(-1));
      resolve({ seconds, peakMb: peakKb / 1024, stdout });
    });
  });
}

async function median(times: number, command: string, commandArgs: string[]): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) runs.push((await measure(command, commandArgs)).seconds * 1000);
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
}

const node = process.execPath;
const tsx = [`${ROOT}node_modules/tsx/dist/cli.mjs`];
mkdirSync(OUT, { recursive: true });
const rows: string[] = [];
const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en');
const results: Record<string, number> = {};

for (const size of sizes) {
  const ndjson = `${OUT}/gen-${size}.ndjson`;
  const csv = `${OUT}/gen-${size}.csv`;
  if (!existsSync(ndjson) || !existsSync(csv)) {
    console.error(`generating ${size.toLocaleString('en')} records…`);
    await generate(size, ndjson, csv);
  }
  const atraArgs = (file: string) => ['bin/atra.js', 'assess', file, '--format', 'ndjson', '--output', '/dev/null', '--no-progress'];
  console.error(`atra NDJSON ${size}…`);
  const nd = await measure(node, atraArgs(ndjson));
  console.error(`atra CSV ${size}…`);
  const cs = await measure(node, atraArgs(csv));
  console.error(`hand-written ${size}…`);
  const hw = await measure(node, [...tsx, 'bench/handwritten-run.ts', ndjson]);
  console.error(`csv-parse alone ${size}…`);
  const cp = await measure(node, ['bench/csv-parse-run.mjs', csv]);
  rows.push(`| atra, NDJSON in, NDJSON out | ${size.toLocaleString('en')} | ${rate(size, nd.seconds)} | ${nd.seconds.toFixed(1)} | ${Math.round(nd.peakMb)} |`);
  rows.push(`| atra, CSV in, NDJSON out | ${size.toLocaleString('en')} | ${rate(size, cs.seconds)} | ${cs.seconds.toFixed(1)} | ${Math.round(cs.peakMb)} |`);
  rows.push(`| hand-written TypeScript (1 thread) | ${size.toLocaleString('en')} | ${rate(size, hw.seconds)} | ${hw.seconds.toFixed(1)} | ${Math.round(hw.peakMb)} |`);
  rows.push(`| csv-parse alone (1 thread) | ${size.toLocaleString('en')} | ${rate(size, cp.seconds)} | ${cp.seconds.toFixed(1)} | ${Math.round(cp.peakMb)} |`);
  Object.assign(results, { [`nd${size}`]: size / nd.seconds, [`cs${size}`]: size / cs.seconds, [`hw${size}`]: size / hw.seconds, [`cp${size}`]: size / cp.seconds, [`ndRss${size}`]: nd.peakMb, [`csRss${size}`]: cs.peakMb });
}

console.error(`json-rules-engine on ${JRE_SAMPLE} records…`);
const jre = JSON.parse((await measure(node, [...tsx, 'bench/jre-run.ts', `${OUT}/gen-${sizes[0]}.ndjson`, String(JRE_SAMPLE)])).stdout) as { rate: number };
rows.push(`| json-rules-engine 7 (1 thread, rule run only) | ${JRE_SAMPLE.toLocaleString('en')} | ${Math.round(jre.rate).toLocaleString('en')} | | |`);

console.error('start-up…');
const nodeStart = await median(11, node, ['-e', '0']);
const versionStart = await median(11, node, ['bin/atra.js', '--version']);
const oneRecord = await median(11, node, ['bin/atra.js', 'assess', 'fixtures/applications/01-approve.yaml', '--format', 'json']);

const largest = sizes.at(-1)!;
const targets = [
  `| NDJSON ${largest.toLocaleString('en')}: ≥ 0.7 × hand-written | ${(results[`nd${largest}`]! / results[`hw${largest}`]!).toFixed(2)} × |`,
  `| NDJSON ${largest.toLocaleString('en')}: ≥ 20 × json-rules-engine | ${(results[`nd${largest}`]! / jre.rate).toFixed(1)} × |`,
  `| CSV ${largest.toLocaleString('en')}: ≥ 1 × csv-parse alone | ${(results[`cs${largest}`]! / results[`cp${largest}`]!).toFixed(2)} × |`,
  `| Peak RSS streaming ${largest.toLocaleString('en')}: ≤ 200 MB | NDJSON ${Math.round(results[`ndRss${largest}`]!)} MB, CSV ${Math.round(results[`csRss${largest}`]!)} MB |`,
  `| atra --version: ≤ 1.6 × node -e 0 | ${(versionStart / nodeStart).toFixed(2)} × (${Math.round(versionStart)} ms vs ${Math.round(nodeStart)} ms) |`,
  `| one-record assess: ≤ 3 × node -e 0 | ${(oneRecord / nodeStart).toFixed(2)} × (${Math.round(oneRecord)} ms) |`,
];
const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`;
const table = [
  `Machine: ${machine}. Seeded inputs (seed 20261122). Wall time includes start-up and writing the output.`,
  '',
  '| Run | Records | Records/s | Seconds | Peak RSS (MB) |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
  '| Target | Measured |',
  '| --- | --- |',
  ...targets,
  '',
].join('\n');
writeFileSync(`${OUT}/results.md`, table);
console.log(table);
