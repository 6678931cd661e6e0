import { Option, type Command } from 'commander';
import { criteriaAtRevision, diffCriteria, type DiffResult, type FindingChange } from '../../usecases/index.js';
import type { CommandContext } from '../command-context.js';
import { EXIT, UsageError } from '../errors.js';
import { emit } from '../output.js';
import { rejectFolders } from '../input-paths.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

interface DiffCliOptions {
  before: string;
  after: string;
  rev?: string;
  context: string[];
  defaultContext: boolean;
  format: 'text' | 'json';
  failOnChange?: boolean;
  output?: string;
}

/** `atra diff RECORDS... --before A --after B` (or `--rev REV`): the effect of a criteria change on past cases. */
export function registerDiff(program: Command, context: CommandContext): void {
  program
    .command('diff')
    .description('replay records under two versions of the criteria and list every change of decision, or of a finding\'s status or level')
    .argument('<files...>', 'record files (the corpus of past cases)')
    .option('--before <criteria>', 'the old criteria set (path or built-in name)', 'att')
    .option('--after <criteria>', 'the new criteria set (path or built-in name)', 'att')
    .option('--rev <git-revision>', 'take the old criteria from this git revision of the --after path (e.g. origin/main)')
    .option('--context <dir>', 'context folder, used for both (repeatable)', collect, [])
    .option('--no-default-context', 'do not load the built-in context')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--fail-on-change', 'exit 1 when any record changes')
    .option('--output <file>', 'write the report to a file')
    .addHelpText('after', '\nExample: atra diff past-cases/*.yaml --after criteria/national --rev origin/main --fail-on-change')
    .action(async (files: string[], options: DiffCliOptions) => {
      rejectFolders(files);
      let before = options.before;
      let cleanup = (): void => undefined;
      if (options.rev) {
        try {
          ({ path: before, cleanup } = criteriaAtRevision(options.after, options.rev));
        } catch (error) {
          throw new UsageError(`cannot read ${options.after} at git revision ${options.rev}: ${(error as Error).message.split('\n')[0] ?? ''}`, 'run inside a git checkout, and name a revision that has that folder');
        }
      }
      try {
        const { result, diagnostics } = await diffCriteria({ files, before, after: options.after, context: options.context, defaultContext: options.defaultContext, readStdin: context.io.readStdin });
        if (!result) return context.fail(diagnostics);
        await emit(context.io, options.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderDiffText(result, options.rev ? `${options.after}@${options.rev}` : before, options.after), options.output, files);
        if (options.failOnChange && result.changes.length) context.setExit(EXIT.threshold);
        // Records that could not be loaded were not compared: as for assess, that is exit 1.
        if (result.errors) context.setExit(EXIT.threshold);
      } finally {
        cleanup();
      }
    });
}

/** Each changed record with its finding changes, then the summary by decision. */
export function renderDiffText(result: DiffResult, before: string, after: string): string {
  const out = [`Replayed ${result.records} record(s) under ${before} (before) and ${after} (after).`, ''];
  for (const change of result.changes) {
    out.push(`${change.id}  ${change.before} → ${change.after}  (${change.source})`);
    if (change.before !== change.after) {
      const { before, after } = change.decided_by;
      out.push(`    decided by: ${before.join() === after.join() ? list(after) : `${list(before)} → ${list(after)}`}`);
    }
    for (const f of change.findings) out.push(`    ${f.criterion}: ${describeFindingChange(f)}${f.decisive ? '  (sets the decision)' : ''}`);
  }
  if (result.changes.length) out.push('');
  const moves = Object.entries(result.summary).map(([move, n]) => `${move}: ${n}`);
  out.push(`${result.changes.length} of ${result.records - result.errors} assessed record(s) changed${moves.length ? `; ${moves.join(', ')}` : ''}.`);
  if (result.errors) out.push(`${result.errors} record(s) could not be loaded; run atra assess on them to see why.`);
  return `${out.join('\n')}\n`;
}

function list(ids: readonly string[]): string {
  return ids.length ? ids.join(', ') : 'nothing';
}

/** `clear → triggered (level high)`, `triggered, level substantial → high`, or both. */
function describeFindingChange(change: FindingChange): string {
  const status = change.before === change.after ? change.after : `${change.before} → ${change.after}`;
  const appearsOrGoes = change.before === '(absent)' || change.after === '(absent)';
  if (appearsOrGoes) {
    const level = change.level_before ?? change.level_after;
    return level ? `${status} (level ${level})` : status;
  }
  if (change.level_before === change.level_after) return change.level_after ? `${status} (level ${change.level_after})` : status;
  return `${status}, level ${change.level_before ?? 'none'} → ${change.level_after ?? 'none'}`;
}
