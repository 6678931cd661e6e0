import { dirname, resolve } from 'node:path';
import { quoteToken, type Criterion } from '../schema/index.js';
import { closest, formatPath, type Diagnostic } from '../diagnostics/index.js';
import { compileCriteria, type CompiledCriteria, type CriteriaBundle } from '../engine/index.js';
import type { LocatedDocument } from './yaml-document.js';
import { validateAt } from './validate.js';
import { BUILTIN_SETS, displayPath } from './builtin.js';
import { outsideRoot, rootFor } from './confine.js';
import { builtinRootOf, isBuiltinSetFile, ownFolder, resolveSetPath } from './set-paths.js';

import { loadCriterionFiles, loadPolicy, OUTSIDE_HINT, parseFile, reportDuplicateIds, type CriteriaFileMeta, type State } from './criteria-files.js';

export { resolveSetPath } from './set-paths.js';
export type { CriteriaFileMeta } from './criteria-files.js';



/** A loaded criteria set: compiled when it is sound, otherwise the diagnostics that say why not. */
export interface LoadedCriteria {
  readonly compiled?: CompiledCriteria | undefined;
  readonly bundle?: CriteriaBundle | undefined;
  readonly files: readonly CriteriaFileMeta[];
  readonly diagnostics: readonly Diagnostic[];
  /** Every parsed document by display path, so later checks (lint) can locate paths in them. */
  readonly documents: ReadonlyMap<string, LocatedDocument>;
}

/**
 * Loads a criteria set with everything it extends, checks it, and compiles it. Criteria may come from
 * an untrusted pull request, so every file the set names (`extends:`, `policy:`, `criteria:`) must
 * resolve inside `root` (default: the set's own folder) or be a built-in set by name.
 */
export async function loadCriteria(reference: string, root?: string): Promise<LoadedCriteria> {
  const path = resolveSetPath(reference);
  const builtin = BUILTIN_SETS[reference] !== undefined || isBuiltinSetFile(path);
  const state: State = { root: builtin ? builtinRootOf() : rootFor(root ?? ownFolder(reference)), files: [], diagnostics: [], documents: new Map() };
  const bundle = await loadSet(path, state, []);
  if (!bundle) return { ...state, bundle };
  // Compiled even when some files failed to load, so one run reports every problem; the diagnostics
  // still mark the result as unusable for an assessment.
  const loadProblems = new Set(state.diagnostics.map(d => d.location?.file));
  const { compiled, problems } = compileCriteria(bundle);
  for (const problem of problems.filter(p => !loadProblems.has(p.file))) {
    const document = state.documents.get(problem.file);
    state.diagnostics.push({
      code: problem.code,
      severity: 'error',
      message: problem.message,
      hint: problem.hint,
      path: formatPath(problem.path),
      location: document?.locate(problem.path) ?? { file: problem.file, line: 1 },
    });
  }
  return { ...state, bundle, compiled: state.diagnostics.length ? undefined : compiled };
}

async function loadSet(path: string, state: State, chain: readonly string[]): Promise<CriteriaBundle | undefined> {
  if (chain.includes(path)) {
    const file = displayPath(chain.at(-1) ?? path);
    state.diagnostics.push({ code: 'extends-cycle', severity: 'error', message: `extends makes a cycle: ${[...chain, path].map(p => displayPath(p)).join(' -> ')}`, hint: 'remove one of the extends links', path: 'extends', location: state.documents.get(file)?.locate(['extends']) ?? { file, line: 1 } });
    return undefined;
  }
  const { document, sha256, file } = await parseFile(path, state);
  if (!document) return undefined;
  const { CriteriaSetSchema } = await import('./schemas.js');
  const set = validateAt(CriteriaSetSchema, document, document.value).value;
  if (!set) {
    state.diagnostics.push(...validateAt(CriteriaSetSchema, document, document.value).diagnostics);
    return undefined;
  }
  state.files.push({ id: set.id, version: set.version, sha256, file, kind: 'set' });
  const dir = dirname(path);
  // Each path the set names is checked where it is written, so the error points at the line to fix.
  const confined = (target: string, at: (string | number)[]): boolean => {
    const escape = outsideRoot(target, state.root);
    if (escape) state.diagnostics.push({ code: 'path-outside-root', severity: 'error', message: `${quoteToken(displayPath(target), 80)} ${escape}`, hint: OUTSIDE_HINT, path: formatPath(at), location: document.locate(at) });
    return escape === undefined;
  };
  if (set.extends && BUILTIN_SETS[set.extends] === undefined && !isBuiltinSetFile(resolveSetPath(set.extends, dir)) && !confined(resolveSetPath(set.extends, dir), ['extends'])) return undefined;
  if (set.policy && !confined(resolve(dir, set.policy), ['policy'])) return undefined;
  const entries = set.criteria.map(entry => resolve(dir, entry)).filter((entry, i) => confined(entry, ['criteria', i]));
  if (entries.length !== set.criteria.length) return undefined;
  const base = set.extends ? await loadBase(set.extends, dir, state, [...chain, path]) : undefined;
  if (set.extends && !base) return undefined;
  const policy = set.policy ? await loadPolicy(resolve(dir, set.policy), state) : base ? { policy: base.policy, file: base.policyFile } : undefined;
  // The criteria are loaded even without a policy, so their own problems are reported in the same run.
  const own = await loadCriterionFiles(entries, state);
  if (!policy) {
    if (!set.policy) state.diagnostics.push({ code: 'missing-policy', severity: 'error', message: 'a criteria set needs a decision policy', hint: 'add `policy: policy.yaml`, or `extends: att` to inherit one', location: document.locate([]) });
    return undefined;
  }
  reportDuplicateIds(own, state);
  const merged = new Map<string, { criterion: Criterion; file: string }>();
  for (const entry of [...(base?.criteria ?? []), ...own]) merged.set(entry.criterion.id, entry);
  const known = [...merged.keys()];
  const unknownId = (id: string, path: (string | number)[]): void => {
    const guess = closest(id, known);
    state.diagnostics.push({ code: 'unknown-criterion', severity: 'error', message: `no criterion "${id}" in this set or what it extends`, hint: guess ? `did you mean "${guess}"?` : 'check the id', path: formatPath(path), location: document.locate(path, true) });
  };
  for (const [id, override] of Object.entries(set.overrides ?? {})) {
    const entry = merged.get(id);
    if (!entry) unknownId(id, ['overrides', id]);
    else merged.set(id, { ...entry, criterion: { ...entry.criterion, ...definedOnly(override) } as Criterion });
  }
  const disabled = [...(base?.disabled ?? [])];
  for (const [index, { id, reason }] of (set.disable ?? []).entries()) {
    if (!merged.delete(id)) unknownId(id, ['disable', index, 'id']);
    else disabled.push({ id, reason });
  }
  const contexts = [...new Set([...(base?.contexts ?? []), ...(set.context ?? [])])];
  return { id: set.id, version: set.version, title: set.title, policy: policy.policy, policyFile: policy.file, criteria: [...merged.values()], disabled, contexts };
}

/** The set an `extends:` names: a built-in set by name (read under the built-in root), or a path. */
async function loadBase(reference: string, dir: string, state: State, chain: readonly string[]): Promise<CriteriaBundle | undefined> {
  const path = resolveSetPath(reference, dir);
  if (BUILTIN_SETS[reference] === undefined && !isBuiltinSetFile(path)) return loadSet(path, state, chain);
  const root = state.root;
  state.root = builtinRootOf();
  try {
    return await loadSet(path, state, chain);
  } finally {
    state.root = root;
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
