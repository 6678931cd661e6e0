import type { Diagnostic } from '../diagnostics/index.js';

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
    readonly code: string,
    readonly hint: string,
  ) {
    super(message);
  }
}
