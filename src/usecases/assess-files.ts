import type { RecordResult } from '../engine/index.js';
import { buildReport, type Report, type ReportHeader } from '../report/index.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { loadSetup } from '../loader/index.js';
import { sourcesFor, type InputFormat } from '../batch/index.js';
import { runBatch } from '../batch/index.js';
import { collectingSink } from '../batch/index.js';

/** What `assess` is asked to do. */
export interface AssessOptions {
  readonly files: readonly string[];
  readonly criteria: readonly string[];
  readonly context: readonly string[];
  readonly defaultContext: boolean;
  readonly screeningDecisions?: string | undefined;
  readonly assessedAt: string;
  /** Assess as of this date instead of each record's own date. */
  readonly asOf?: string | undefined;
  /** The folder every criteria file must stay inside (default: each set's own folder). */
  readonly criteriaRoot?: string | undefined;
  readonly inputFormat?: InputFormat | undefined;
  readonly readStdin: () => Promise<string>;
}

/** Runs a whole assessment in memory and returns the complete report: the library's simple API. */
export async function assessFiles(options: AssessOptions): Promise<{ report?: Report; diagnostics: Diagnostic[]; unreadable: boolean }> {
  const { setup, diagnostics } = await loadSetup(options.criteria, options.context, options.defaultContext, { asOf: options.asOf, criteriaRoot: options.criteriaRoot, screeningDecisions: options.screeningDecisions });
  if (!setup) return { diagnostics, unreadable: false };
  const results: RecordResult[] = [];
  const header: ReportHeader = { ...setup.header, assessed_at: options.assessedAt, inputs: [] };
  const outcome = await runBatch({
    sources: await sourcesFor(options.files, options.readStdin, options.inputFormat),
    setup,
    header,
    format: 'object',
    colour: false,
    jobs: 0,
    workerSetup: { criteria: options.criteria, context: options.context, defaultContext: options.defaultContext, asOf: options.asOf, criteriaRoot: options.criteriaRoot, screeningDecisions: options.screeningDecisions },
    sink: collectingSink(results),
  });
  return { report: buildReport({ ...header, inputs: outcome.inputs }, results, outcome.errors), diagnostics: [], unreadable: outcome.unreadable };
}
