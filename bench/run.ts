// The benchmark: `npm run bench` (200k and 1M records), `npm run bench -- --quick` (20k), or
// `npm run bench -- --sizes 100000`. It generates seeded inputs, runs atra and its comparisons as
// separate processes (the comparisons compiled by tsc, not run through tsx), and prints (and saves)
// a Markdown table of rates, CPU time, peak memory and the issue's targets as ratios.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { PROJECT_ROOT, generate } from './generate.js';

const ROOT = PROJECT_ROOT;
const OUT = `${ROOT}bench/out`;
const JS = `${OUT}/js`;
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const sizeArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : undefined;
const sizes = (sizeArg ?? (QUICK ? '20000' : '200000,1000000')).split(',').map(Number);
const JRE_SAMPLE = QUICK ? 2_000 : 20_000;
const STARTS = QUICK ? 5 : 11;
const FULL_REPORT = QUICK ? 20_000 : 200_000;
const TIME = existsSync('/usr/bin/time');

/** Wall seconds, CPU seconds (user + system, all threads) and peak RSS of one run. */
interface Run { seconds: number; cpu: number; peakMb: number }

/** Runs a command, measuring wall time, CPU time and peak RSS (GNU time where present, else /proc polling). */
function measure(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run & { stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = TIME ? spawn('/usr/bin/time', ['-f', '%M %U %S', command, ...commandArgs], { cwd: ROOT, env }) : spawn(command, commandArgs, { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    let cpu = 0;
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
      if (TIME) {
        const [kb, user, system] = (stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
        peakKb = kb ?? 0;
        cpu = (user ?? 0) + (system ?? 0);
      }
      resolve({ seconds, cpu, peakMb: peakKb / 1024, stdout });
    });
  });
}

async function median(times: number, command: string, commandArgs: string[]): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) runs.push((await measure(command, commandArgs)).seconds * 1000);
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
}

const node = process.execPath;
mkdirSync(OUT, { recursive: true });
const rows: string[] = [];
const fmt = (n: number) => Math.round(n).toLocaleString('en');
const row = (name: string, size: number, run: Run) => rows.push(`| ${name} | ${size.toLocaleString('en')} | ${fmt(size / run.seconds)} | ${fmt(size / run.cpu)} | ${run.seconds.toFixed(1)} | ${run.cpu.toFixed(1)} | ${Math.round(run.peakMb)} |`);
const results: Record<string, Run> = {};
const agreements: string[] = [];

for (const size of sizes) {
  const ndjson = `${OUT}/gen-${size}.ndjson`;
  const csv = `${OUT}/gen-${size}.csv`;
  if (!existsSync(ndjson) || !existsSync(csv)) {
    console.error(`generating ${size.toLocaleString('en')} records…`);
    await generate(size, ndjson, csv);
  }
  const atraArgs = (file: string, jobs: string, output = '/dev/null') => ['bin/atra.js', 'assess', file, '--format', 'ndjson', '--output', output, '--no-progress', '--jobs', jobs];
  const runs: [string, string, string[]][] = [
    ['nd0', 'atra, NDJSON → NDJSON, --jobs 0', atraArgs(ndjson, '0', `${OUT}/atra-${size}.ndjson`)],
    ['nd2', 'atra, NDJSON → NDJSON, --jobs 2', atraArgs(ndjson, '2')],
    ['ndAuto', 'atra, NDJSON → NDJSON, --jobs auto', atraArgs(ndjson, 'auto')],
    ['cs0', 'atra, CSV → NDJSON, --jobs 0', atraArgs(csv, '0')],
    ['csAuto', 'atra, CSV → NDJSON, --jobs auto', atraArgs(csv, 'auto')],
    ['hw', 'fair hand-written TypeScript, compiled (1 thread, same checks and bytes)', [`${JS}/fair-run.js`, ndjson, `${OUT}/baseline-${size}.ndjson`]],
    ['cp', 'csv-parse alone (1 thread)', ['bench/csv-parse-run.mjs', csv]],
  ];
  for (const [key, name, runArgs] of runs) {
    console.error(`${name}, ${size.toLocaleString('en')}…`);
    const run = await measure(node, runArgs);
    results[`${key}${size}`] = run;
    row(name, size, run);
  }
  const agree = JSON.parse((await measure(node, ['bench/agree.mjs', `${OUT}/atra-${size}.ndjson`, `${OUT}/baseline-${size}.ndjson`])).stdout) as { records: number; identical: number; sameDecision: number; summaryIdentical: boolean; first: unknown[] };
  const share = (n: number) => `${n.toLocaleString('en')} (${((100 * n) / agree.records).toFixed(1)}%)`;
  agreements.push(`${size.toLocaleString('en')} records: the fair hand-written baseline writes byte-identical lines for ${share(agree.identical)} and the same decision for ${share(agree.sameDecision)}; summary line ${agree.summaryIdentical ? 'identical' : 'different'}${agree.first.length ? `; first differences: ${JSON.stringify(agree.first)}` : ''}`);
}

const first = sizes[0]!;
console.error(`json-rules-engine on ${JRE_SAMPLE} records…`);
const jre = JSON.parse((await measure(node, [`${JS}/jre-run.js`, `${OUT}/gen-${first}.ndjson`, String(JRE_SAMPLE), `${OUT}/atra-${first}.ndjson`])).stdout) as { records: number; rules: number; seconds: number; cpuSeconds: number; rate: number; cpuRate: number; agree: number; first: string[] };
rows.push(`| json-rules-engine 7, ${jre.rules} rules (1 thread, rule run and decision step only, timed inside) | ${JRE_SAMPLE.toLocaleString('en')} | ${fmt(jre.rate)} | ${fmt(jre.cpuRate)} | ${jre.seconds.toFixed(1)} | ${jre.cpuSeconds.toFixed(1)} | |`);
agreements.push(`json-rules-engine, first ${jre.records.toLocaleString('en')} records: the same decision as atra for ${jre.agree.toLocaleString('en')} (${((100 * jre.agree) / jre.records).toFixed(1)}%)${jre.first.length ? `; first differences (atra / json-rules-engine): ${jre.first.join(', ')}` : ''}`);

console.error(`full JSON report, ${FULL_REPORT.toLocaleString('en')} records…`);
const reportInput = `${OUT}/gen-${FULL_REPORT}.ndjson`;
if (!existsSync(reportInput)) await generate(FULL_REPORT, reportInput, `${OUT}/gen-${FULL_REPORT}.csv`);
const report = await measure(node, ['bin/atra.js', 'assess', reportInput, '--format', 'json', '--output', '/dev/null', '--no-progress', '--jobs', '0']);
row('atra, NDJSON → full JSON report, --jobs 0', FULL_REPORT, report);

console.error('start-up…');
const nodeStart = await median(STARTS, node, ['-e', '0']);
const oneRecord = await median(STARTS, node, ['bin/atra.js', 'assess', 'fixtures/applications/01-approve.yaml', '--format', 'json']);
const lint = await median(STARTS, node, ['bin/atra.js', 'lint', 'criteria']);
const test = await median(STARTS, node, ['bin/atra.js', 'test', 'criteria']);

const largest = sizes.at(-1)!;
const r = (key: string) => results[`${key}${largest}`]!;
const rate = (key: string) => largest / r(key).seconds;
const cpuRate = (key: string) => largest / r(key).cpu;
const targets = [
  `| NDJSON → NDJSON compact, one thread: ≥ 40,000 rec/s | ${fmt(rate('nd0'))} rec/s wall, ${fmt(cpuRate('nd0'))} rec/s per CPU-second |`,
  `| same vs the fair hand-written baseline: ≥ 0.7 × | ${(rate('nd0') / rate('hw')).toFixed(2)} × (wall), ${(cpuRate('nd0') / cpuRate('hw')).toFixed(2)} × (CPU) |`,
  `| same vs json-rules-engine: ≥ 20 × | ${(first / results[`nd0${first}`]!.cpu / jre.cpuRate).toFixed(1)} × (records per CPU-second: atra's whole run vs json-rules-engine's rule run and decision alone) |`,
  `| two workers vs one thread: ≥ 1.7 × | ${(rate('nd2') / rate('nd0')).toFixed(2)} × (--jobs auto: ${(rate('ndAuto') / rate('nd0')).toFixed(2)} ×) |`,
  `| CSV → NDJSON vs csv-parse alone: ≥ 0.5 × | ${(rate('cs0') / rate('cp')).toFixed(2)} × (--jobs auto: ${(rate('csAuto') / rate('cp')).toFixed(2)} ×) |`,
  `| peak RSS streaming ${largest.toLocaleString('en')} (NDJSON, with workers): ≤ 200 MB | ${Math.round(r('nd2').peakMb)} MB (one thread: ${Math.round(r('nd0').peakMb)} MB) |`,
  `| full JSON report, peak RSS at ${FULL_REPORT.toLocaleString('en')}: ≤ 250 MB | ${Math.round(report.peakMb)} MB |`,
  `| one-record assess vs node -e 0: ≤ 3 × | ${(oneRecord / nodeStart).toFixed(2)} × (${Math.round(oneRecord)} ms vs ${Math.round(nodeStart)} ms) |`,
  `| atra lint criteria, atra test criteria vs node -e 0: ≤ 4 × | ${(lint / nodeStart).toFixed(2)} ×, ${(test / nodeStart).toFixed(2)} × (${Math.round(lint)} ms, ${Math.round(test)} ms) |`,
];
const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average ${loadavg().map(l => l.toFixed(1)).join(' ')} at the end`;
const table = [
  `Machine: ${machine}. Seeded inputs (seed 20261122). Wall time includes start-up and writing the output; CPU is user + system over all threads.`,
  '',
  '| Run | Records | Records/s (wall) | Records per CPU-second | Seconds | CPU seconds | Peak RSS (MB) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
  '| Target | Measured |',
  '| --- | --- |',
  ...targets,
  '',
  ...agreements.map(line => `- ${line}`),
  '',
].join('\n');
writeFileSync(`${OUT}/results.md`, table);
console.log(table);
