import { Option, type Command } from 'commander';
import { criteriaAtRevision, diffCriteria, type DiffResult } from '../../app/diff.js';
import type { CommandContext } from '../run.js';
import { EXIT, UsageError } from '../errors.js';
import { emit } from '../output.js';

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
    .description('replay records under two versions of the criteria and list every change of decision or finding')
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
    for (const f of change.findings) out.push(`    ${f.criterion}: ${f.before} → ${f.after}`);
  }
  if (result.changes.length) out.push('');
  const moves = Object.entries(result.summary).map(([move, n]) => `${move}: ${n}`);
  out.push(`${result.changes.length} of ${result.records - result.errors} assessed record(s) changed${moves.length ? `; ${moves.join(', ')}` : ''}.`);
  if (result.errors) out.push(`${result.errors} record(s) could not be loaded; run atra assess on them to see why.`);
  return `${out.join('\n')}\n`;
}
