// Annual-report benchmark: `npm run bench:report` (or `-- --sizes 100000,1000000`). Generates a seeded
// licence register over two years as NDJSON, then runs `atra report att-annual` on it as a separate
// process and prints wall time and peak RSS for each size, so flat memory shows as a flat column.
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { licenceRegister } from './licence-register.js';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = `${ROOT}bench/out`;
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const sizes = option('--sizes', '100000,300000,1000000').split(',').map(Number);

async function writeRegister(count: number, path: string): Promise<void> {
  const out = createWriteStream(path);
  let lines: string[] = [];
  for (const record of licenceRegister(count, [2024, 2025])) {
    lines.push(JSON.stringify(record));
    if (lines.length === 5000) {
      if (!out.write(`${lines.join('\n')}\n`)) await new Promise<void>(resolve => out.once('drain', () => resolve()));
      lines = [];
    }
  }
  out.write(lines.length ? `${lines.join('\n')}\n` : '');
  await new Promise<void>(resolve => out.end(() => resolve()));
}

/** Runs atra under GNU time: wall seconds and peak resident memory in MB. */
function measure(atraArgs: string[]): Promise<{ seconds: number; peakMb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', process.execPath, 'bin/atra.js', ...atraArgs], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', d => (stderr += d));
    child.stdout.resume();
    child.on('close', code => {
      if (code !== 0) return reject(new Error(`atra ${atraArgs.join(' ')} exited ${code}: ${stderr.slice(-400)}`));
      resolve({ seconds: (performance.now() - started) / 1000, peakMb: Number(stderr.trim().split('\n').at(-1)) / 1024 });
    });
  });
}

if (!existsSync('/usr/bin/time')) throw new Error('this benchmark reads peak memory from GNU time (/usr/bin/time): apt-get install time');
mkdirSync(OUT, { recursive: true });
const runs: { label: string; extra: string[] }[] = [
  { label: 'markdown, assessed', extra: ['--format', 'markdown'] },
  { label: 'markdown, --no-assess', extra: ['--format', 'markdown', '--no-assess'] },
  { label: 'json (ids per row), assessed', extra: ['--format', 'json'] },
];
const rows = ['| Records | Input MB | Run | Seconds | Records/s | Peak RSS MB |', '| ---: | ---: | --- | ---: | ---: | ---: |'];
for (const size of sizes) {
  const file = `${OUT}/register-${size}.ndjson`;
  if (!existsSync(file)) await writeRegister(size, file);
  const { size: bytes } = await import('node:fs').then(fs => fs.statSync(file));
  for (const run of runs) {
    const result = await measure(['report', 'att-annual', file, '--year', '2025', '--basis', 'authorized', '--reporting-state', 'XA', '--output', `${OUT}/report-${size}.out`, ...run.extra]);
    const row = `| ${size.toLocaleString('en')} | ${(bytes / 1e6).toFixed(0)} | ${run.label} | ${result.seconds.toFixed(1)} | ${Math.round(size / result.seconds).toLocaleString('en')} | ${result.peakMb.toFixed(0)} |`;
    rows.push(row);
    console.log(row);
  }
}
console.log(`\n${rows.join('\n')}`);
