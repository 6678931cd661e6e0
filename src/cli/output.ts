import { Chalk, type ChalkInstance } from 'chalk';
import type { CliIo } from './io.js';
import { openOutput } from './output-file.js';

/** Colour only on a terminal, and never with NO_COLOR (contract §5). */
export function chalkFor(io: CliIo, toFile: boolean): ChalkInstance {
  const colour = !toFile && io.stdoutIsTty && io.env.NO_COLOR === undefined;
  return new Chalk({ level: colour ? 1 : 0 });
}

/**
 * Writes to `--output FILE` (put in place whole, see `openOutput`; never onto one of `inputs`) or to
 * standard output.
 */
export async function emit(io: CliIo, text: string, output: string | undefined, inputs: readonly string[] = []): Promise<void> {
  if (!output) {
    io.stdout(text);
    return;
  }
  const file = await openOutput(output, inputs);
  file.stream.write(text);
  await file.commit();
}
