import { readdir } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { quoteToken, type Criterion, type Policy } from '../schema/index.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { readSource, UnreadableSource, type SourceText } from './read-source.js';
import type { LocatedDocument } from './yaml-document.js';
import { CRITERION_CODES, validateAt } from './validate.js';
import { displayPath } from './builtin.js';
import { outsideRoot } from './confine.js';

// Reading the files of one criteria set: each confined, parsed with positions and validated.

/** A criteria or policy file as a report lists it (contract §4 `criteria`). */
export interface CriteriaFileMeta {
  readonly id: string;
  readonly version: string;
  readonly sha256: string;
  readonly file: string;
  readonly kind: 'set' | 'policy' | 'criterion';
}

/** What to do about a file outside the criteria folder. */
export const OUTSIDE_HINT = 'keep every file of a criteria set inside the criteria folder named on the command line (or widen it with --criteria-root), or extend a built-in set by name: att, eu-cp';

/** What loading one set has gathered so far: the folder it is confined to, the files read, the problems. */
export interface State {
  /** Every file read must resolve (symlinks followed) inside this folder, or be a built-in set's. */
  root: string;
  readonly files: CriteriaFileMeta[];
  readonly diagnostics: Diagnostic[];
  readonly documents: Map<string, LocatedDocument>;
}

/** Reads one file of a set: confined to `state.root`, present, readable, parsed with positions. */
export async function parseFile(path: string, state: State): Promise<{ document?: LocatedDocument | undefined; sha256: string; file: string }> {
  const file = displayPath(path);
  const escape = outsideRoot(path, state.root);
  if (escape) {
    state.diagnostics.push({ code: 'path-outside-root', severity: 'error', message: `${quoteToken(file, 80)} ${escape}`, hint: OUTSIDE_HINT, location: { file, line: 1 } });
    return { sha256: '', file };
  }
  if (!existsSync(path)) {
    state.diagnostics.push({ code: 'file-not-found', severity: 'error', message: `no such file: ${file}`, hint: 'check the path, or use a built-in set name: att, eu-cp', location: { file, line: 1 } });
    return { sha256: '', file };
  }
  let source: SourceText;
  try {
    source = await readSource(path);
  } catch (error) {
    if (!(error instanceof UnreadableSource)) throw error;
    state.diagnostics.push({ code: 'file-unreadable', severity: 'error', message: `cannot read ${file}: ${error.reason}`, hint: 'point at a UTF-8 YAML file', location: { file, line: error.line } });
    return { sha256: '', file };
  }
  // The yaml package loads only for a user's criteria file: built-in sets come from the snapshot.
  const { parseLocated } = await import('./yaml-document.js');
  const document = parseLocated(file, source.text);
  state.documents.set(file, document);
  state.diagnostics.push(...document.diagnostics);
  return { document: document.diagnostics.length ? undefined : document, sha256: source.sha256, file };
}

/** Two files of one set defining the same id: the merge below would silently keep only the last. */
export function reportDuplicateIds(own: readonly { criterion: Criterion; file: string }[], state: State): void {
  const first = new Map<string, string>();
  for (const { criterion, file } of own) {
    const earlier = first.get(criterion.id);
    if (earlier === undefined) {
      first.set(criterion.id, file);
      continue;
    }
    state.diagnostics.push({ code: 'duplicate-id', severity: 'error', message: `criterion id "${criterion.id}" is already used in ${earlier}`, hint: 'give each criterion its own id', path: 'id', location: state.documents.get(file)?.locate(['id']) ?? { file, line: 1 } });
  }
}

/** Reads and validates a set's policy file. */
export async function loadPolicy(path: string, state: State): Promise<{ policy: Policy; file: string } | undefined> {
  const { document, sha256, file } = await parseFile(path, state);
  if (!document) return undefined;
  const { PolicySchema } = await import('./schemas.js');
  const result = validateAt(PolicySchema, document, document.value);
  state.diagnostics.push(...result.diagnostics);
  if (!result.value) return undefined;
  state.files.push({ id: result.value.id, version: result.value.version, sha256, file, kind: 'policy' });
  return { policy: result.value, file };
}

/** Reads and validates a set's criterion files; a folder stands for its YAML files in natural order. */
export async function loadCriterionFiles(entries: readonly string[], state: State): Promise<{ criterion: Criterion; file: string }[]> {
  const paths: string[] = [];
  for (const entry of entries) {
    if (outsideRoot(entry, state.root)) {
      paths.push(entry);
    } else if (existsSync(entry) && statSync(entry).isDirectory()) {
      // Natural order (att-2 before att-10), so reports and checklists follow the treaty.
      const names = (await readdir(entry)).filter(name => /\.ya?ml$/.test(name)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      paths.push(...names.map(name => join(entry, name)));
    } else {
      paths.push(entry);
    }
  }
  const out: { criterion: Criterion; file: string }[] = [];
  for (const path of paths) {
    const { document, sha256, file } = await parseFile(path, state);
    if (!document) continue;
    const { CriterionSchema } = await import('./schemas.js');
    const result = validateAt(CriterionSchema, document, document.value, [], CRITERION_CODES);
    state.diagnostics.push(...result.diagnostics);
    if (!result.value) continue;
    state.files.push({ id: result.value.id, version: result.value.version, sha256, file, kind: 'criterion' });
    out.push({ criterion: result.value, file });
  }
  return out;
}
