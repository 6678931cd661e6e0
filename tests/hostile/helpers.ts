import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll } from 'vitest';
import { runInProcess, type CliRun } from '../helpers/run-cli.js';
import type { InputFormat, InputSource } from '../../src/batch/sources.js';

/** What one in-process run of the CLI printed, and its exit code. */
export type Run = CliRun;

/** Runs `atra ARGS` in process, with standard input `stdin`, and collects both streams. */
export async function atra(args: readonly string[], stdin = ''): Promise<Run> {
  const run = await runInProcess(args, stdin);
  // Let a stream's last 'data' event land before the output is read.
  await new Promise(resolve => setImmediate(resolve));
  return run;
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
