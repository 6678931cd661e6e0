import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';
import type { InputFormat, InputSource } from '../../src/batch/sources.js';

/** What one in-process run of the CLI printed, and its exit code. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `atra ARGS` in process, with standard input `stdin`, and collects both streams. */
export async function atra(args: readonly string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  const io: CliIo = {
    stdout: text => {
      stdout += text;
    },
    stdoutStream: stream,
    stderr: text => {
      stderr += text;
    },
    stdoutIsTty: false,
    stderrIsTty: false,
    env: { NO_COLOR: '1' },
    now: () => new Date('2026-11-22T00:00:00Z'),
    readStdin: async () => stdin,
  };
  const code = await runCli(args, io);
  await new Promise(resolve => setImmediate(resolve));
  return { code, stdout, stderr };
}

/** A fresh temporary folder, removed after the test file. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atra-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A minimal valid record; `extra` replaces or adds fields. */
export function record(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'APP-1',
    date: '2026-03-14',
    exporter: { state: 'XA', name: 'Example Defence Ltd' },
    importer: { state: 'XB', name: 'Ministry of Defence' },
    end_user: { name: 'Border Guard', state: 'XB', type: 'police' },
    items: [{ category: 'small-arms', class: 'arm', description: 'rifles', quantity: 5 }],
    ...extra,
  };
}

/** Signs that an exception escaped to the user instead of a diagnostic. */
export function crashed(run: Run): boolean {
  return /internal error|at .+\.(?:js|ts):\d+|TypeError|RangeError/.test(run.stderr + run.stdout);
}

/** An input whose bytes arrive cut at the given offsets (taken modulo the length, in any order). */
export function chunkedSource(format: InputFormat, bytes: Buffer, cuts: readonly number[]): InputSource {
  const points = [...new Set(cuts.map(c => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Buffer[] = [];
  let last = 0;
  for (const point of [...points, bytes.length]) {
    pieces.push(bytes.subarray(last, point));
    last = point;
  }
  return { file: `in.${format}`, format, open: () => Readable.from(pieces.filter(p => p.length > 0)) };
}
