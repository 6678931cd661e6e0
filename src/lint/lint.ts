import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { type StatesFile } from '../schema/index.js';
import { CaseFileSchema, EmbargoesFileSchema, ScreeningDecisionsFileSchema, StatesFileSchema } from '../schema/schemas.js';
import { compareDiagnostics, formatDiagnostic, type Diagnostic } from '../diagnostics/index.js';
import { loadCriteria } from '../loader/index.js';
import { readSource } from '../loader/index.js';
import { parseLocated } from '../loader/index.js';
import { validateAt } from '../loader/index.js';
import { BUILTIN_CONTEXTS, displayPath } from '../loader/index.js';
import { outsideRoot, rootFor } from '../loader/index.js';
import { loadContext } from '../loader/index.js';
import { listedEntriesOf, type ListedEntry } from '../screening/index.js';
import { checkScreeningDecisions } from '../loader/index.js';
import { checkCriteriaSemantics } from './criteria-checks.js';
import { checkOpenNames } from './open-names.js';
import { checkContextProvenance } from './context-checks.js';
import { withRegisteredSeverity } from './severity.js';
import { lintAdviceFile, lintDeterminationsFile, lintProfileAge, profileMaxAge } from './casework-checks.js';

/** What `atra lint` found, and which files it checked. */
export interface LintResult {
  readonly problems: readonly Diagnostic[];
  readonly files: readonly string[];
}

/**
 * Lints criteria sets (with their policies and criteria), context files, case files and screening decisions under the
 * given paths. `today` is passed in, so the check for stale embargoes is reproducible.
 */
export async function lintPaths(paths: readonly string[], today: string, criteriaRoot?: string): Promise<LintResult> {
  // A set may only read files inside the path it was linted under (or `criteriaRoot`): a pull request cannot point lint at secrets.
  const rooted = (await Promise.all(paths.map(async path => (await yamlFilesUnder(path)).map(file => ({ file, root: criteriaRoot ?? folderOf(path) }))))).flat();
  const problems: Diagnostic[] = [];
  // A file in the linted folder that is a link out of it is not read: it could point at a secret.
  const files: string[] = [];
  for (const { file, root } of rooted) {
    const escape = outsideRoot(file, rootFor(root));
    if (escape) problems.push({ code: 'path-outside-root', severity: 'error', message: `${displayPath(file)} ${escape}`, hint: 'keep criteria, context and case files inside the folder being linted', location: { file: displayPath(file), line: 1 } });
    else files.push(file);
  }
  const checked = new Set<string>();
  for (const { file: setFile, root } of rooted.filter(entry => basename(entry.file) === 'set.yaml' && files.includes(entry.file))) {
    const loaded = await loadCriteria(setFile, root);
    problems.push(...loaded.diagnostics.map(withRegisteredSeverity));
    const setDir = resolve(dirname(setFile));
    const own = new Set(loaded.files.map(f => f.file).filter(file => resolve(file).startsWith(setDir)));
    own.forEach(file => checked.add(file));
    if (loaded.bundle) problems.push(...checkCriteriaSemantics(loaded.bundle, loaded.documents, own), ...checkOpenNames(loaded.bundle, loaded.documents, own));
  }
  const maxAge = files.some(file => basename(file) === 'states.yaml') ? await profileMaxAge(files.filter(file => basename(file) === 'set.yaml')) : undefined;
  for (const file of files) {
    const name = basename(file);
    if (name === 'states.yaml' || name === 'embargoes.yaml') {
      checked.add(displayPath(file));
      problems.push(...(await lintContextFile(file, today, maxAge)));
    } else if (name.endsWith('determinations.yaml')) {
      checked.add(displayPath(file));
      problems.push(...(await lintDeterminationsFile(file, today)).map(withRegisteredSeverity));
    } else if (name.endsWith('advice.yaml')) {
      checked.add(displayPath(file));
      problems.push(...(await lintAdviceFile(file)).map(withRegisteredSeverity));
    } else if (name.endsWith('.cases.yaml')) {
      checked.add(displayPath(file));
      problems.push(...(await lintWith(file, CaseFileSchema)));
    } else if (name.endsWith('screening-decisions.yaml')) {
      checked.add(displayPath(file));
      problems.push(...(await lintDecisionsFile(file, today, files)));
    }
  }
  const unique = new Map(problems.map(p => [formatDiagnostic(p), p]));
  return { problems: [...unique.values()].sort(compareDiagnostics), files: [...checked].sort() };
}

function folderOf(path: string): string {
  return existsSync(path) && statSync(path).isDirectory() ? path : dirname(path);
}

async function yamlFilesUnder(path: string): Promise<string[]> {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return /\.ya?ml$/.test(path) ? [path] : [];
  const out: string[] = [];
  for (const name of (await readdir(path)).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    out.push(...(await yamlFilesUnder(join(path, name))));
  }
  return out;
}

async function lintWith(file: string, schema: typeof CaseFileSchema): Promise<Diagnostic[]> {
  const document = parseLocated(displayPath(file), (await readSource(file)).text);
  if (document.diagnostics.length) return [...document.diagnostics];
  return validateAt(schema, document, document.value).diagnostics;
}

async function lintContextFile(file: string, today: string, maxAge?: number): Promise<Diagnostic[]> {
  const document = parseLocated(displayPath(file), (await readSource(file)).text);
  if (document.diagnostics.length) return [...document.diagnostics];
  const schema = basename(file) === 'states.yaml' ? StatesFileSchema : EmbargoesFileSchema;
  const result = validateAt(schema, document, document.value);
  if (!result.value) return result.diagnostics;
  const stale = basename(file) === 'states.yaml' ? await lintProfileAge(file, result.value as StatesFile, today, maxAge) : [];
  return [...checkContextProvenance(document, result.value, today), ...stale];
}

/**
 * Decisions are checked against the lists they could name: the built-in real contexts (UN, and the
 * EU's, which `--criteria eu-cp` loads) and the linted embargoes files.
 */
async function lintDecisionsFile(file: string, today: string, files: readonly string[]): Promise<Diagnostic[]> {
  const document = parseLocated(displayPath(file), (await readSource(file)).text);
  if (document.diagnostics.length) return [...document.diagnostics];
  const result = validateAt(ScreeningDecisionsFileSchema, document, document.value);
  if (!result.value) return result.diagnostics;
  const dirs = files.filter(f => basename(f) === 'embargoes.yaml').map(f => dirname(f));
  const { context } = await loadContext([BUILTIN_CONTEXTS.un as string, BUILTIN_CONTEXTS.eu as string, ...dirs]);
  const entries: ListedEntry[] = context.embargoes.flatMap(({ embargo }) => listedEntriesOf(embargo));
  return checkScreeningDecisions(document, result.value, entries, today);
}

