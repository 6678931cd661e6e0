import type { Diagnostic } from '../diagnostics/index.js';
import type { CliIo } from './io.js';

/** Shared by every command: where to write, and how to report the exit code. */
export interface CommandContext {
  readonly io: CliIo;
  setExit(code: number): void;
  /** Prints diagnostics to stderr, one per line, and returns the usage exit code. */
  fail(diagnostics: readonly Diagnostic[]): void;
}
