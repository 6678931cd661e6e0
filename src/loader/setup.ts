import { existsSync } from 'node:fs';
import { loadCriteriaSets } from './criteria-sets.js';
import { loadContext } from './context.js';
import { compiledBuiltinSet } from './snapshot.js';
import { BUILTIN_CONTEXTS, DEFAULT_CONTEXT_NAMES, resolveContextDir } from './builtin.js';
import { loadScreeningDecisions } from './screening-decisions.js';
import { toolVersion } from './version.js';
import type { CompiledCriteria, AssessmentContext } from '../engine/index.js';
import type { ReportHeader } from '../report/index.js';
import type { Diagnostic } from '../diagnostics/index.js';

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
    tool: { name: 'atra' as const, version: toolVersion() },
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
