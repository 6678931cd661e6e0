import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatLocation, type Diagnostic } from '../diagnostics/index.js';
import type { AssessmentContext, ContextEmbargo, ContextState } from '../engine/index.js';
import { readSource, UnreadableSource, type SourceText } from './read-source.js';
import { validateAt } from './validate.js';
import { displayPath } from './builtin.js';
import { snapshotContextFile } from './snapshot.js';

/** One context file as a report lists it. */
export interface ContextFileMeta {
  readonly file: string;
  readonly as_of: string;
  readonly sha256: string;
}

/** The merged context and what it was made of. */
export interface LoadedContext {
  readonly context: AssessmentContext;
  readonly files: readonly ContextFileMeta[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Loads `states.yaml` and `embargoes.yaml` from each folder in order. A later folder replaces an
 * earlier folder's entry for the same state code or embargo id, whole, so no stale field survives.
 */
export async function loadContext(dirs: readonly string[]): Promise<LoadedContext> {
  const states = new Map<string, ContextState>();
  const embargoes = new Map<string, ContextEmbargo>();
  const coverage = new Set<string>();
  const files: ContextFileMeta[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const dir of dirs) {
    const found = ['states.yaml', 'embargoes.yaml'].map(name => join(dir, name)).filter(path => existsSync(path));
    if (found.length === 0) {
      diagnostics.push({
        code: 'context-empty',
        severity: 'error',
        message: `context folder ${dir} has neither states.yaml nor embargoes.yaml`,
        hint: 'point --context at a folder holding states.yaml and/or embargoes.yaml',
        location: { file: dir, line: 1 },
      });
    }
    for (const path of found) {
      const loaded = await loadContextFile(path);
      diagnostics.push(...loaded.diagnostics);
      if (loaded.meta) files.push(loaded.meta);
      for (const state of loaded.states) states.set(state.code, state);
      for (const embargo of loaded.embargoes) embargoes.set(embargo.embargo.id, embargo);
      for (const authority of loaded.covers ?? []) coverage.add(authority);
    }
  }
  return { context: { states, embargoes: [...embargoes.values()], embargoCoverage: coverage }, files, diagnostics };
}

/** Loads one `states.yaml` or `embargoes.yaml`: from the build-time snapshot when the file is unchanged, else from its YAML. */
export async function loadContextFile(path: string): Promise<{
  meta?: ContextFileMeta;
  states: ContextState[];
  embargoes: ContextEmbargo[];
  covers?: readonly string[];
  diagnostics: Diagnostic[];
}> {
  const file = displayPath(path);
  let source: SourceText;
  try {
    source = await readSource(path);
  } catch (error) {
    if (!(error instanceof UnreadableSource)) throw error;
    return { states: [], embargoes: [], diagnostics: [{ code: 'file-unreadable', severity: 'error', message: `cannot read ${file}: ${error.reason}`, hint: 'context files are UTF-8 YAML files', location: { file, line: error.line } }] };
  }
  // Only a built-in file, byte for byte as it was at build time (and read through the same checks), comes from the snapshot.
  const cached = snapshotContextFile(path, source.sha256);
  if (cached) return { ...cached, diagnostics: [] };
  // The yaml package loads only for a user's context file: built-in ones come from the snapshot.
  const { parseLocated } = await import('./yaml-document.js');
  const document = parseLocated(file, source.text);
  if (document.diagnostics.length) return { states: [], embargoes: [], diagnostics: [...document.diagnostics] };
  const isStates = path.endsWith('states.yaml');
  const at = (p: (string | number)[]): string => formatLocation(document.locate(p));
  if (isStates) {
    const { StatesFileSchema } = await import('./schemas.js');
    const result = validateAt(StatesFileSchema, document, document.value, [], 'context');
    if (!result.value) return { states: [], embargoes: [], diagnostics: result.diagnostics };
    const states = Object.entries(result.value.states).map(([code, profile]) => ({
      code,
      profile,
      origin: at(['states', code]),
      findingOrigins: (profile.findings ?? []).map((_, i) => at(['states', code, 'findings', i])),
    }));
    return { meta: { file, as_of: result.value.as_of, sha256: source.sha256 }, states, embargoes: [], diagnostics: [] };
  }
  const { EmbargoesFileSchema } = await import('./schemas.js');
  const result = validateAt(EmbargoesFileSchema, document, document.value, [], 'context');
  if (!result.value) return { states: [], embargoes: [], diagnostics: result.diagnostics };
  const embargoes = result.value.embargoes.map((embargo, i) => ({ embargo, origin: at(['embargoes', i]) }));
  // A file lists in full the embargoes of the authorities it declares, or else of those its entries name.
  const covers = result.value.covers ?? [...new Set(embargoes.map(e => e.embargo.authority))];
  return { meta: { file, as_of: result.value.as_of, sha256: source.sha256 }, states: [], embargoes, covers, diagnostics: [] };
}
