import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { compileCriteria, type CriteriaBundle, type ContextEmbargo, type ContextState } from '../engine/index.js';
import type { LoadedCriteria } from './criteria.js';
import { BUILTIN_SETS, PACKAGE_ROOT, absolutePath, displayPath } from './builtin.js';
import { sha256 } from './read-source.js';

/**
 * The built-in criteria sets and context files, loaded and validated once at build time
 * (`npm run build` writes `dist/snapshot.json`), so that an assessment with the built-ins reads one
 * JSON file instead of parsing and validating some sixty YAML files. Every entry carries the sha256
 * of each file it was built from, and is used only while every file still has that hash: an edited
 * criterion without a rebuild is loaded from its YAML, never from a stale snapshot.
 */
export const SNAPSHOT_PATH = join(PACKAGE_ROOT, 'dist', 'snapshot.json');

/** A criteria file as a report lists it (mirrors `CriteriaFileMeta`). */
interface FileMeta {
  readonly id: string;
  readonly version: string;
  readonly sha256: string;
  readonly file: string;
  readonly kind: 'set' | 'policy' | 'criterion';
}

/** One built-in set, as `loadCriteria` assembles it. */
export interface SnapshotSet {
  readonly bundle: CriteriaBundle;
  readonly files: readonly FileMeta[];
}

/** One context file, as `loadContext` reads it. */
export interface SnapshotContextFile {
  readonly meta: { readonly file: string; readonly as_of: string; readonly sha256: string };
  readonly states: ContextState[];
  readonly embargoes: ContextEmbargo[];
  readonly covers?: readonly string[];
}

/** The whole snapshot. Paths are display paths written as `atra:criteria/…`, rewritten on load. */
export interface Snapshot {
  readonly format: 1;
  readonly sets: Readonly<Record<string, SnapshotSet>>;
  /** By path relative to the package root (`criteria/context/un/embargoes.yaml`). */
  readonly context: Readonly<Record<string, SnapshotContextFile>>;
}

const PREFIX = 'atra:criteria/';
let loaded: Snapshot | null | undefined;

/** The snapshot, read once; `null` when there is none (a plain `tsc` build) or it cannot be read. */
function snapshot(): Snapshot | null {
  if (loaded !== undefined) return loaded;
  // ATRA_NO_SNAPSHOT=1 loads every file from YAML: for building the snapshot, and to compare the two.
  if (process.env.ATRA_NO_SNAPSHOT) return (loaded = null);
  try {
    // Built with the package outside the working folder, so every path reads `atra:criteria/…`;
    // reports name built-in files relative to the working folder when it contains them.
    const here = displayPath(join(PACKAGE_ROOT, 'criteria', 'x')).slice(0, -1);
    const rewrite = here !== PREFIX;
    const parsed = JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8'), rewrite ? (_key, value: unknown) => (typeof value === 'string' && value.startsWith(PREFIX) ? here + value.slice(PREFIX.length) : value) : undefined) as Snapshot;
    loaded = parsed.format === 1 ? parsed : null;
  } catch {
    loaded = null;
  }
  return loaded;
}

function unchanged(display: string, hash: string): boolean {
  try {
    return sha256(readFileSync(absolutePath(display))) === hash;
  } catch {
    return false;
  }
}

/** A built-in set from the snapshot, when every one of its files is as it was at build time. */
export function snapshotSet(name: string): SnapshotSet | undefined {
  const set = snapshot()?.sets[name];
  if (!set || !set.files.every(meta => unchanged(meta.file, meta.sha256))) return undefined;
  // A criteria file added since the build, to the set's folder or to that of a set it extends, is
  // not in the snapshot: read the YAML.
  const files = set.files.map(meta => absolutePath(meta.file));
  const folders = set.files.filter(meta => meta.kind === 'set').map(meta => dirname(absolutePath(meta.file)));
  if (!folders.every(folder => holdsEveryFileOf(folder, files))) return undefined;
  return set;
}

/** True when `files` includes every YAML file of a set's folder (its case files in `cases/` aside). */
export function holdsEveryFileOf(folder: string, files: readonly string[]): boolean {
  const known = new Set(files);
  return yamlFilesUnder(folder).every(file => known.has(file));
}

/** The YAML files of a set's folder that make up the set: all but its case files (`cases/`). */
function yamlFilesUnder(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'cases') out.push(...yamlFilesUnder(path));
    } else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** A context file from the snapshot, when the file's hash is the one it was built from. */
export function snapshotContextFile(path: string, hash: string): SnapshotContextFile | undefined {
  const key = relative(PACKAGE_ROOT, resolve(path));
  const entry = snapshot()?.context[key];
  return entry && entry.meta.sha256 === hash ? entry : undefined;
}

/**
 * The built-in set a reference names: by name (`att`), or by the path of its folder or set.yaml
 * (`criteria/att`, as `atra test criteria` finds it), which is the same files.
 */
function builtinName(reference: string): string | undefined {
  if (Object.hasOwn(BUILTIN_SETS, reference)) return reference;
  const path = resolve(reference);
  return Object.keys(BUILTIN_SETS).find(name => {
    const setFile = BUILTIN_SETS[name] as string;
    return path === setFile || path === dirname(setFile);
  });
}

/** A built-in set (`att`, `eu-cp`) from the snapshot, compiled; `undefined` to load it from YAML instead. */
export function compiledBuiltinSet(references: readonly string[]): LoadedCriteria | undefined {
  const name = references.length === 0 ? 'att' : references.length === 1 ? builtinName(references[0]!) : undefined;
  if (name === undefined || !Object.hasOwn(BUILTIN_SETS, name)) return undefined;
  const set = snapshotSet(name);
  if (!set) return undefined;
  const { compiled, problems } = compileCriteria(set.bundle);
  if (!compiled || problems.length) return undefined;
  return { compiled, bundle: set.bundle, files: set.files, diagnostics: [], documents: new Map() };
}
