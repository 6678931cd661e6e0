import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { describeIssues, type CaseFile, type Status } from '../schema/index.js';
import { CaseFileSchema, TransferRecordSchema } from '../schema/schemas.js';
import { formatPath, type Diagnostic } from '../diagnostics/index.js';
import { assessRecord, type RecordResult } from '../engine/index.js';
import { readSource } from '../loader/index.js';
import { parseLocated } from '../loader/index.js';
import { validateAt } from '../loader/index.js';
import { loadSetup, type Setup } from '../loader/index.js';
import { BUILTIN_CONTEXTS, BUILTIN_SETS, absolutePath } from '../loader/index.js';
import { resolveSetPath } from '../loader/index.js';
import { outsideRoot, rootFor } from '../loader/index.js';
import { mergeRecord } from './merge.js';
import type { CaseResult, TestRun } from '../report/index.js';

export type { CaseResult, CoverageEntry, TestRun } from '../report/index.js';

/** Finds every `*.cases.yaml` under the given files and folders, sorted for stable output. */
export async function findCaseFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (path: string): Promise<void> => {
    if (!existsSync(path)) return;
    if (!statSync(path).isDirectory()) {
      if (path.endsWith('.cases.yaml')) out.push(path);
      return;
    }
    for (const name of (await readdir(path)).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      await walk(join(path, name));
    }
  };
  for (const path of paths) await walk(path);
  return out;
}

/** The nearest `set.yaml` in the case file's folder or above it. */
function nearestSet(file: string): string | undefined {
  let dir = dirname(resolve(file));
  for (;;) {
    const candidate = join(dir, 'set.yaml');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The set a case file names: a path beside it, or a built-in set by name (`att`, `eu-cp`). */
function setOf(reference: string, file: string): string {
  const path = resolve(dirname(file), reference);
  return !existsSync(path) && Object.hasOwn(BUILTIN_SETS, reference) ? reference : path;
}

/** Runs every case file and measures criterion coverage per criteria set. */
export async function runCaseFiles(paths: readonly string[]): Promise<TestRun> {
  const files = await findCaseFiles(paths);
  const diagnostics: Diagnostic[] = [];
  const cases: CaseResult[] = [];
  const setups = new Map<string, Setup | undefined>();
  const seen = new Map<string, Map<string, { triggered: number; clear: number }>>();
  for (const file of files) {
    const loaded = await loadCaseFile(file);
    diagnostics.push(...loaded.diagnostics);
    if (!loaded.caseFile) continue;
    const { caseFile, lines, base } = loaded;
    const nearest = nearestSet(file);
    const setPath = caseFile.criteria ? setOf(caseFile.criteria, file) : (nearest ?? 'att');
    // A case file may come with a pull request: what it names stays inside its criteria set's folder,
    // or is a built-in context name (`training`).
    const root = dirname(nearest ?? resolve(file));
    const contextDirs = (caseFile.context ?? []).map(dir => {
      const path = resolve(dirname(file), dir);
      return existsSync(path) || !Object.hasOwn(BUILTIN_CONTEXTS, dir) ? path : (BUILTIN_CONTEXTS[dir] as string);
    });
    const escaped = contextDirs.filter(dir => !Object.values(BUILTIN_CONTEXTS).includes(dir) && outsideRoot(dir, rootFor(root)));
    if (escaped.length) {
      diagnostics.push(...escaped.map(dir => ({ code: 'path-outside-root' as const, severity: 'error' as const, message: `context folder ${dir} ${outsideRoot(dir, rootFor(root)) ?? ''}`, hint: 'keep context folders of a case file inside its criteria folder', location: { file, line: 1 } })));
      continue;
    }
    const key = `${setPath}\u0000${contextDirs.join('\u0000')}`;
    if (!setups.has(key)) {
      const { setup, diagnostics: setupProblems } = await loadSetup([setPath], contextDirs, true, { criteriaRoot: root });
      diagnostics.push(...setupProblems);
      setups.set(key, setup);
    }
    const setup = setups.get(key);
    if (!setup) continue;
    const counts = seen.get(setup.compiled.id) ?? initialCoverage(setup, setPath, paths);
    seen.set(setup.compiled.id, counts);
    caseFile.cases.forEach((testCase, index) => {
      const outcome = runCase(setup, file, lines[index] ?? 1, testCase, base);
      cases.push(outcome);
      for (const finding of outcome.result?.findings ?? []) count(counts, finding.criterion, finding.status);
    });
  }
  const coverage = [...seen.entries()].flatMap(([set, counts]) => [...counts.entries()].map(([criterion, c]) => ({ set, criterion, ...c })));
  const gaps = coverage.flatMap(c => [
    ...(c.triggered ? [] : [`${c.set}: ${c.criterion} is never triggered by a case`]),
    ...(c.clear ? [] : [`${c.set}: ${c.criterion} is never cleared by a case`]),
  ]);
  return { cases, coverage, gaps, diagnostics };
}

/**
 * The criteria a set's cases must cover: those defined in the set's own folder, and the policy's
 * derived findings if the policy is its own. Inherited criteria are covered by their own set's cases,
 * and a set that is not among the tested paths (a built-in set that a user's own regression cases
 * run against) is covered by its own cases, not by these.
 */
function initialCoverage(setup: Setup, setPath: string, paths: readonly string[]): Map<string, { triggered: number; clear: number }> {
  const setDir = dirname(resolveSetPath(setPath));
  const tested = paths.map(path => resolve(path));
  const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(`${outer}${sep}`);
  if (!tested.some(path => within(setDir, path) || within(path, setDir))) return new Map();
  const own = (file: string): boolean => absolutePath(file).startsWith(setDir);
  const ids = setup.compiled.criteria.filter(c => own(c.file)).map(c => c.criterion.id);
  if (own(setup.compiled.policyFile)) ids.push(setup.compiled.policy.mitigation.id, setup.compiled.policy.overriding.id);
  return new Map(ids.map(id => [id, { triggered: 0, clear: 0 }]));
}

function count(counts: Map<string, { triggered: number; clear: number }>, criterion: string, status: Status): void {
  const entry = counts.get(criterion);
  if (!entry) return;
  if (status === 'triggered') entry.triggered += 1;
  if (status === 'clear') entry.clear += 1;
}

async function loadCaseFile(file: string): Promise<{ caseFile?: CaseFile; lines: number[]; base: unknown; diagnostics: Diagnostic[] }> {
  const source = await readSource(file);
  const document = parseLocated(file, source.text);
  if (document.diagnostics.length) return { lines: [], base: {}, diagnostics: [...document.diagnostics] };
  const { value, diagnostics } = validateAt(CaseFileSchema, document, document.value, [], 'case');
  if (!value) return { lines: [], base: {}, diagnostics };
  const lines = value.cases.map((_, index) => document.locate(['cases', index]).line);
  let base: unknown = value.base ?? {};
  if (typeof value.base === 'string') {
    const basePath = resolve(dirname(file), value.base);
    const baseDocument = parseLocated(basePath, (await readSource(basePath)).text);
    diagnostics.push(...baseDocument.diagnostics);
    base = baseDocument.value;
  }
  return { caseFile: value, lines, base, diagnostics };
}

/** Expected-against-actual lines for one case's result; empty when it meets every expectation. */
function differencesOf(result: RecordResult, expected: CaseFile['cases'][number]['expect']): string[] {
  const differences: string[] = [];
  const { decision, statuses } = expected;
  if (decision && decision !== result.decision) {
    differences.push(`decision: expected ${decision}, got ${result.decision} (set by ${result.decided_by.join(', ') || 'nothing'})`);
  }
  for (const [criterion, status] of Object.entries(statuses ?? {})) {
    const finding = result.findings.find(f => f.criterion === criterion);
    if (!finding) differences.push(`${criterion}: expected ${status}, but the set has no such criterion`);
    else if (finding.status !== status) differences.push(`${criterion}: expected ${status}, got ${finding.status}: ${finding.explanation}`);
  }
  return differences;
}

function runCase(setup: Setup, file: string, line: number, testCase: CaseFile["cases"][number], base: unknown): CaseResult {
  const raw = mergeRecord(base, { id: `${testCase.name}`, ...testCase.record });
  const parsed = TransferRecordSchema.safeParse(raw, { reportInput: true });
  const header = { file, line, name: testCase.name };
  if (!parsed.success) {
    const problems = describeIssues(TransferRecordSchema, parsed.error.issues).map(r => `record ${formatPath(r.path)}: ${r.message}`);
    return { ...header, passed: false, differences: problems };
  }
  const input = { record: parsed.data, origin: { file, line } };
  // Statuses and the decision are the same in compact detail (a property test holds the engine to
  // it); a case that fails is assessed again in full, so its message explains every finding.
  let result = assessRecord(setup.compiled, input, setup.context, { detail: 'compact' });
  let differences = differencesOf(result, testCase.expect);
  if (differences.length) {
    result = assessRecord(setup.compiled, input, setup.context);
    differences = differencesOf(result, testCase.expect);
  }
  return { ...header, passed: differences.length === 0, differences, result };
}
