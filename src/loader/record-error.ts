import { formatDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import type { SourcedRecord } from '../engine/index.js';

/** A record that could not be assessed, and why (contract §4 `errors`). */
export interface RecordError {
  readonly source: string;
  readonly id?: string | undefined;
  readonly message: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** The records of one input, each one either loaded or an error: nothing is lost. */
export interface LoadedRecords {
  readonly records: SourcedRecord[];
  readonly errors: RecordError[];
  /** True when the input could not be read at all (syntax error, wrong top-level shape). */
  readonly unreadable: boolean;
}

/** One error entry whose message lists every problem of the record. */
export function recordError(source: string, id: string | undefined, diagnostics: readonly Diagnostic[]): RecordError {
  const message = diagnostics.map(d => formatDiagnostic(d)).join('\n');
  return { source, id, message, diagnostics };
}
