import type { Diagnostic } from '../diagnostics/index.js';
import type { RecordResult } from '../engine/index.js';

// A run of criteria test cases as the renderers read it; the runner is usecases/cases.ts.

/** The outcome of one case. */
export interface CaseResult {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly passed: boolean;
  /** Readable expected-against-actual lines; empty when the case passed. */
  readonly differences: readonly string[];
  /** The assessment: compact detail (clear findings unexplained) when the case passed, full when it failed. */
  readonly result?: RecordResult | undefined;
}

/** How often each criterion was seen triggered and clear across all cases of its set. */
export interface CoverageEntry {
  readonly set: string;
  readonly criterion: string;
  readonly triggered: number;
  readonly clear: number;
}

/** A whole `atra test` run. */
export interface TestRun {
  readonly cases: readonly CaseResult[];
  readonly coverage: readonly CoverageEntry[];
  /** Criteria never triggered or never cleared by any case. */
  readonly gaps: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}
