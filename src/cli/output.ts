import { writeFile } from 'node:fs/promises';
import { Chalk, type ChalkInstance } from 'chalk';
import type { CliIo } from './io.js';

/** Colour only on a terminal, and never with NO_COLOR (contract §5). */
export function chalkFor(io: CliIo, toFile: boolean): ChalkInstance {
  const colour = !toFile && io.stdoutIsTty && io.env.NO_COLOR === undefined;
  return new Chalk({ level: colour ? 1 : 0 });
}

/** Writes to `--output FILE` or standard output. */
export async function emit(io: CliIo, text: string, output: string | undefined): Promise<void> {
  if (output) await writeFile(output, text, 'utf8');
  else io.stdout(text);
}
