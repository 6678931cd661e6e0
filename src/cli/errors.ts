/** Exit codes of every command (contract §5); 130 is the shell's code for an interrupt (Ctrl-C). */
export const EXIT = { ok: 0, threshold: 1, usage: 2, interrupted: 130 } as const;

/** A mistake in how the command was called, or input that could not be read at all: exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
