import { Option, type Command } from 'commander';
import { runCaseFiles } from '../../usecases/index.js';
import { renderTestJson, renderTestJunit, renderTestText } from '../../report/index.js';
import type { CommandContext } from '../command-context.js';
import { EXIT } from '../errors.js';
import { chalkFor, emit } from '../output.js';

/** `atra test [PATH...]`: run criteria case files, with criterion coverage. */
export function registerTest(program: Command, context: CommandContext): void {
  program
    .command('test')
    .description('run criteria case files (*.cases.yaml) and report criterion coverage')
    .argument('[paths...]', 'case files or folders to search', ['criteria'])
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'junit']).default('text'))
    .option('--output <file>', 'write the report to a file')
    .addHelpText('after', '\nExit codes: 0 every case passed and every criterion of the tested criteria sets is triggered and cleared (a set outside the given paths, such as a built-in set your own cases run against, is not held to coverage); 1 a failure, a gap, or no case found; 2 unreadable case or criteria files.')
    .action(async (paths: string[], options: { format: 'text' | 'json' | 'junit'; output?: string }) => {
      const run = await runCaseFiles(paths);
      if (run.diagnostics.length) return context.fail(run.diagnostics);
      const text =
        options.format === 'json' ? renderTestJson(run) : options.format === 'junit' ? renderTestJunit(run) : renderTestText(run, chalkFor(context.io, options.output !== undefined));
      await emit(context.io, text, options.output, paths);
      if (run.cases.length === 0) {
        context.io.stderr(`atra test: no case found under ${paths.join(', ')}. Fix: add *.cases.yaml files.\n`);
        context.setExit(EXIT.threshold);
      }
      if (run.cases.some(c => !c.passed) || run.gaps.length) context.setExit(EXIT.threshold);
    });
}
