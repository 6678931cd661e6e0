import { Option, type Command } from 'commander';
import { loadSetup } from '../../loader/index.js';
import { loadInputs } from '../../batch/index.js';
import { buildChecklist } from '../../trainer/index.js';
import { renderChecklistMarkdown, renderChecklistText } from '../../report/index.js';
import { renderChecklistHtml } from '../../report/index.js';
import { toolVersion } from '../../loader/index.js';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../errors.js';
import { emit } from '../output.js';
import { rejectFolders } from '../input-paths.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

interface ChecklistCliOptions {
  criteria: string[];
  context: string[];
  defaultContext: boolean;
  case?: string;
  format: 'markdown' | 'text' | 'html';
  output?: string;
}

/** `atra checklist`: the officer's questions, per criterion, grouped by article; optionally pre-filled. */
export function registerChecklist(program: Command, context: CommandContext): void {
  program
    .command('checklist')
    .description('print the officer\'s checklist generated from the criteria, optionally pre-filled from a case')
    .option('--criteria <path>', 'criteria set (built-in name, folder or set.yaml; repeatable)', collect, [])
    .option('--context <dir>', 'context folder over the built-in one (repeatable)', collect, [])
    .option('--no-default-context', 'do not load the built-in context')
    .option('--case <file>', 'pre-fill with the engine\'s findings for the first record of this file')
    .addOption(new Option('--format <format>', 'output format (html: one printable page, A4)').choices(['markdown', 'text', 'html']).default('markdown'))
    .option('--output <file>', 'write the checklist to a file')
    .addHelpText('after', '\nExample: atra checklist --case fixtures/applications/06-refuse-ihl.yaml --context training --output class.md')
    .action(async (options: ChecklistCliOptions) => {
      const { setup, diagnostics } = await loadSetup(options.criteria, options.context, options.defaultContext);
      if (!setup) return context.fail(diagnostics);
      let record;
      if (options.case) {
        rejectFolders([options.case]);
        const loaded = await loadInputs([options.case], context.io.readStdin);
        record = loaded.records[0];
        if (!record) throw new UsageError(`no valid record in ${options.case}: ${loaded.errors[0]?.message ?? 'the file is empty'}`, 'run atra assess on the file to see every problem');
      }
      const checklist = buildChecklist(setup, record);
      const render = { text: () => renderChecklistText(checklist), markdown: () => renderChecklistMarkdown(checklist), html: () => renderChecklistHtml(checklist, `atra ${toolVersion()}`) }[options.format];
      await emit(context.io, render(), options.output, options.case ? [options.case] : []);
    });
}
