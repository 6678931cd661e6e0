import type { Diagnostic, DiagnosticCode } from '../diagnostics/index.js';
import { limitMessage, type Limits } from '../loader/index.js';

/* The shared vocabulary of reading an input in units: how many records a unit holds, what reading produced, and what stops it. */

/** Records per unit: big enough to amortise a message to a worker, small enough to keep memory flat (500 measured best on 2 cores). */
export const UNIT_SIZE = 500;

/** What reading one input produced, besides its units. */
export interface InputRead {
  sha256: string;
  /** Problems that stop the whole input (missing file, bad CSV header); each becomes a report error. */
  fatal?: Diagnostic[];
  /** The input could not be read at all: exit code 2, even if its problem is already a report error. */
  unreadable?: boolean;
}

/** A limit or decoding problem that stops the rest of an input, at a line. */
export class InputStop extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly code: DiagnosticCode,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** A CSV line over `--max-line-length`, at its line: the text and byte cutters stop the same way. */
export function csvLineTooLong(at: number, limits: Limits): InputStop {
  return new InputStop(limitMessage(`line ${at}`, limits.maxLineChars, '--max-line-length'), at, 'line-too-long', 'check the file is CSV with line breaks, or raise the limit');
}

/** A CSV record over `--max-record-size`, at the line it starts on. */
export function csvRecordTooLarge(at: number, limits: Limits): InputStop {
  return new InputStop(limitMessage(`the CSV record starting at line ${at}`, limits.maxRecordChars, '--max-record-size'), at, 'record-too-large', 'look for a quote that is never closed, or raise the limit');
}
