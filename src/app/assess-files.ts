import { loadCriteriaSets } from '../loader/criteria-sets.js';
import { loadContext } from '../loader/context.js';
import { compiledBuiltinSet } from '../loader/snapshot.js';
import { existsSync } from 'node:fs';
import { BUILTIN_CONTEXTS, DEFAULT_CONTEXT_NAMES, resolveContextDir } from '../loader/builtin.js';
import { loadScreeningDecisions } from '../loader/screening-decisions.js';
import type { CompiledCriteria, AssessmentContext, RecordResult } from '../engine/index.js';
import { buildReport, type Report, type ReportHeader } from '../report/index.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { sourcesFor, type InputFormat } from './inputs.js';
import { runBatch } from './batch.js';
import { collectingSink } from './sinks.js';
import { VERSION } from './version.js';

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

/** The criteria and context an assessment runs on, with the provenance a report needs. */
export interface Setup {
  readonly compiled: CompiledCriteria;
  readonly context: AssessmentContext;
  readonly header: Omit<ReportHeader, 'inputs' | 'assessed_at'>;
  /** Assess as of this date instead of each record's own date (`--as-of`). */
  readonly asOf?: string | undefined;
}

/** Loads and checks criteria and context. Any diagnostic means the setup cannot be trusted: none is returned. */
export async function loadSetup(
  criteria: readonly string[],
  contextDirs: readonly string[],
  defaultContext: boolean,
  extra: { readonly asOf?: string | undefined; readonly criteriaRoot?: string | undefined; readonly screeningDecisions?: string | undefined } = {},
): Promise<{ setup?: Setup; diagnostics: Diagnostic[] }> {
  // A built-in set by name comes from the build-time snapshot while its files are unchanged; anything else loads (and is confined) from YAML.
  const loadedCriteria = compiledBuiltinSet(criteria) ?? (await loadCriteriaSets(criteria.length ? criteria : ['att'], extra.criteriaRoot));
  const names = loadedCriteria.bundle?.contexts?.length ? loadedCriteria.bundle.contexts : DEFAULT_CONTEXT_NAMES;
  const builtins = defaultContext ? names.flatMap(name => (Object.hasOwn(BUILTIN_CONTEXTS, name) && existsSync(BUILTIN_CONTEXTS[name] as string) ? [BUILTIN_CONTEXTS[name] as string] : [])) : [];
  const loadedContext = await loadContext([...builtins, ...contextDirs.map(dir => resolveContextDir(dir, existsSync))]);
  const decisions = extra.screeningDecisions === undefined ? undefined : await loadScreeningDecisions(extra.screeningDecisions);
  const diagnostics = [...loadedCriteria.diagnostics, ...loadedContext.diagnostics, ...(decisions?.diagnostics ?? [])];
  const compiled = loadedCriteria.compiled;
  if (diagnostics.length || !compiled) return { diagnostics };
  const header = {
    tool: { name: 'atra' as const, version: VERSION },
    criteria_set: { id: compiled.id, version: compiled.version, title: compiled.title },
    policy: { id: compiled.policy.id, version: compiled.policy.version },
    criteria: loadedCriteria.files.map(({ id, version, sha256, file, kind }) => ({ id, version, sha256, file, kind })),
    disabled: compiled.disabled,
    context: loadedContext.files,
    notice: compiled.policy.reminder.trim(),
  };
  const context = decisions ? { ...loadedContext.context, screeningDecisions: decisions.decisions } : loadedContext.context;
  return { setup: { compiled, context, header, asOf: extra.asOf }, diagnostics };
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
