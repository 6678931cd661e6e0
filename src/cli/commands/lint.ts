import { Option, type Command } from 'commander';
import { lintPaths } from '../../lint/index.js';
import { renderLintGithub, renderLintJson, renderLintJunit, renderLintSarif, renderLintText } from '../../lint/index.js';
import { toolVersion } from '../../loader/index.js';
import type { CommandContext } from '../command-context.js';
import { EXIT, UsageError } from '../errors.js';
import { parseCountOption, parseDateOption, parseUrlOption } from '../option-values.js';
import { chalkFor, emit } from '../output.js';
import { absolutePath } from '../../loader/index.js';

interface LintCliOptions {
  format: 'text' | 'json' | 'github' | 'junit' | 'sarif';
  maxWarnings?: string;
  today?: string;
  output?: string;
  docsUrl?: string;
  criteriaRoot?: string;
}

/** `atra lint [PATH...]`: check criteria sets, policies, context and case files. */
export function registerLint(program: Command, context: CommandContext): void {
  program
    .command('lint')
    .description('check criteria sets, decision policies, context files, case files and screening decisions')
    .argument('[paths...]', 'files or folders', ['criteria'])
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github', 'junit', 'sarif']).default('text'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCountOption)
    .option('--today <date>', 'the date (YYYY-MM-DD) to judge embargo end dates against (default: today)', parseDateOption)
    .option('--output <file>', 'write the report to a file')
    .option('--docs-url <url>', 'where docs/codes/ is published: SARIF rules link their page (helpUri)', parseUrlOption)
    .option('--criteria-root <dir>', 'folder every criteria file must stay inside (default: each path linted)')
    .addHelpText('after', '\nExit codes: 0 no error (and warnings within --max-warnings); 1 an error or too many warnings; 2 usage error.')
    .action(async (paths: string[], options: LintCliOptions) => {
      const maxWarnings = options.maxWarnings === undefined ? Infinity : Number(options.maxWarnings);
      const today = options.today ?? context.io.now().toISOString().slice(0, 10);
      const result = await lintPaths(paths, today, options.criteriaRoot);
      if (result.files.length === 0) throw new UsageError(`no criteria, policy, context or case file found under ${paths.join(', ')}`, 'point atra lint at a folder holding set.yaml, states.yaml, embargoes.yaml, *.cases.yaml or screening-decisions.yaml');
      const text = {
        text: () => renderLintText(result, chalkFor(context.io, options.output !== undefined)),
        json: () => renderLintJson(result),
        github: () => renderLintGithub(result),
        junit: () => renderLintJunit(result),
        sarif: () => renderLintSarif(result, toolVersion(), options.docsUrl),
      }[options.format]();
      await emit(context.io, text, options.output, [...paths, ...result.files.map(file => absolutePath(file))]);
      const errors = result.problems.filter(p => p.severity === 'error').length;
      if (errors > 0 || result.problems.length - errors > maxWarnings) context.setExit(EXIT.threshold);
    });
}
