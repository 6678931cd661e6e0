import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { assessRecord, type Finding, type RecordResult } from '../engine/index.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { BUILTIN_SETS } from '../loader/index.js';
import { loadSetup } from '../loader/index.js';
import { loadInputs } from '../batch/index.js';

/** One finding that changed in a way that matters: its status, or the level it sets. */
export interface FindingChange {
  readonly criterion: string;
  /** Status before and after; `(absent)` where the criteria version does not have the criterion. */
  readonly before: string;
  readonly after: string;
  /** The level the finding set (after mitigation), before and after, when either had one. */
  readonly level_before?: string | undefined;
  readonly level_after?: string | undefined;
  /** True when the criterion is among those that set the decision, before or after. */
  readonly decisive: boolean;
}

/** One record whose outcome differs between the two criteria versions. */
export interface RecordChange {
  readonly id: string;
  readonly source: string;
  readonly before: string;
  readonly after: string;
  /** The criteria that set the decision, before and after. */
  readonly decided_by: { readonly before: readonly string[]; readonly after: readonly string[] };
  /** Every finding whose status or level changed. */
  readonly findings: readonly FindingChange[];
}

/** The replay of a corpus under two criteria versions. */
export interface DiffResult {
  readonly records: number;
  readonly errors: number;
  readonly changes: readonly RecordChange[];
  /** `before → after` decision pairs and how many records moved that way; `findings only` where the decision held. */
  readonly summary: Readonly<Record<string, number>>;
}

/** A finding that can change an outcome: one that is triggered or unknown. Clear and not-applicable ones cannot. */
function matters(finding: Finding | undefined): boolean {
  return finding !== undefined && (finding.status === 'triggered' || finding.status === 'unknown');
}

function effectiveLevel(finding: Finding | undefined): string | undefined {
  return matters(finding) ? (finding?.residual_level ?? finding?.level) : undefined;
}

/**
 * The finding's change, if it has one that matters: a different status or level. A criterion that
 * appears or goes (an overlay adds or disables it) counts only where it was or is triggered or
 * unknown: a clear finding that goes changes nothing for the record.
 */
function findingChange(criterion: string, old: Finding | undefined, now: Finding | undefined, decisive: ReadonlySet<string>): FindingChange | undefined {
  const statusChanged = old && now ? old.status !== now.status : matters(old) || matters(now);
  const levelBefore = effectiveLevel(old);
  const levelAfter = effectiveLevel(now);
  const levelChanged = old !== undefined && now !== undefined && levelBefore !== levelAfter;
  if (!statusChanged && !levelChanged) return undefined;
  return { criterion, before: old?.status ?? '(absent)', after: now?.status ?? '(absent)', level_before: levelBefore, level_after: levelAfter, decisive: decisive.has(criterion) };
}

/** Compares two assessments of the same records (pure): a record changed when its decision or a finding's status or level did. */
export function compareResults(before: readonly RecordResult[], after: readonly RecordResult[]): RecordChange[] {
  const afterById = new Map(after.map(r => [r.id, r]));
  const changes: RecordChange[] = [];
  for (const old of before) {
    const now = afterById.get(old.id);
    if (!now) continue;
    const decisive = new Set([...old.decided_by, ...now.decided_by]);
    const oldFindings = new Map(old.findings.map(f => [f.criterion, f]));
    const nowFindings = new Map(now.findings.map(f => [f.criterion, f]));
    const criteria = [...new Set([...oldFindings.keys(), ...nowFindings.keys()])];
    const findings = criteria.flatMap(criterion => findingChange(criterion, oldFindings.get(criterion), nowFindings.get(criterion), decisive) ?? []);
    // The criteria that set the decision come first: they are why the decision moved.
    findings.sort((a, b) => Number(b.decisive) - Number(a.decisive));
    if (findings.length || old.decision !== now.decision) {
      changes.push({ id: old.id, source: old.source, before: old.decision, after: now.decision, decided_by: { before: old.decided_by, after: now.decided_by }, findings });
    }
  }
  return changes;
}

/**
 * A criteria set as it was at a git revision: the folder is exported with `git archive` into a
 * temporary directory, so the working tree is never touched. Returns the path and a cleanup.
 */
export function criteriaAtRevision(reference: string, revision: string): { path: string; cleanup: () => void } {
  const builtin = BUILTIN_SETS[reference];
  const folder = resolve(builtin ? join(builtin, '..') : reference);
  const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: folder, encoding: 'utf8' }).trim();
  const inRepo = relative(top, folder) || '.';
  // The revision is checked to name a commit, and passed after --end-of-options, so a value such as
  // `--output=/some/file` can never reach git as an option; git archive then gets the verified hash.
  const commit = execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], { cwd: top, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new Error(`${revision} is not a commit`);
  const dir = mkdtempSync(join(tmpdir(), 'atra-diff-'));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', commit, '--', inRepo], { cwd: top, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  } catch (error) {
    cleanup();
    throw error;
  }
  return { path: join(dir, inRepo), cleanup };
}

/** Replays the records under both criteria versions with the same context. */
export async function diffCriteria(options: {
  files: readonly string[];
  before: string;
  after: string;
  context: readonly string[];
  defaultContext: boolean;
  readStdin: () => Promise<string>;
}): Promise<{ result?: DiffResult; diagnostics: Diagnostic[] }> {
  const [old, now] = await Promise.all([
    loadSetup([options.before], options.context, options.defaultContext),
    loadSetup([options.after], options.context, options.defaultContext),
  ]);
  if (!old.setup || !now.setup) return { diagnostics: [...old.diagnostics, ...now.diagnostics] };
  const loaded = await loadInputs(options.files, options.readStdin);
  const before = loaded.records.map(r => assessRecord(old.setup!.compiled, r, old.setup!.context));
  const after = loaded.records.map(r => assessRecord(now.setup!.compiled, r, now.setup!.context));
  const changes = compareResults(before, after);
  const summary: Record<string, number> = {};
  for (const change of changes) {
    const key = change.before === change.after ? 'findings only' : `${change.before} → ${change.after}`;
    summary[key] = (summary[key] ?? 0) + 1;
  }
  return { result: { records: loaded.records.length + loaded.errors.length, errors: loaded.errors.length, changes, summary }, diagnostics: [] };
}
