import { Option, type Command } from 'commander';
import { loadSetup } from '../../loader/index.js';
import { readScreenInputs } from '../../usecases/index.js';
import { toolVersion } from '../../loader/index.js';
import { DEFAULT_SCREENING } from '../../schema/index.js';
import { normaliseName, screenSubjects } from '../../screening/index.js';
import { renderScreenCsv, renderScreenJson, renderScreenText } from '../../report/index.js';
import type { CommandContext } from '../command-context.js';
import { EXIT, UsageError } from '../errors.js';
import { chalkFor, emit } from '../output.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

interface ScreenCliOptions {
  name: string[];
  criteria: string[];
  context: string[];
  defaultContext: boolean;
  screeningDecisions?: string;
  date?: string;
  top: string;
  format: 'text' | 'json' | 'csv';
  failOn?: 'possible' | 'match';
  output?: string;
}

/** `atra screen NAMES-or-RECORDS`: party names against the listed entries of the context's embargoes. */
export function registerScreen(program: Command, context: CommandContext): void {
  program
    .command('screen')
    .description('screen names (one per line, CSV with a name column, or the parties of record files) against listed names and aliases')
    .argument('[files...]', 'name lists (.txt, .csv, - for standard input) or record files (YAML, JSON, NDJSON, CSV)')
    .option('--name <name>', 'a name to screen (repeatable)', collect, [])
    .option('--criteria <path>', 'criteria set whose policy gives the thresholds (default: att)', collect, [])
    .option('--context <dir>', 'context folder with embargoes.yaml, over the built-in one (repeatable)', collect, [])
    .option('--no-default-context', 'do not load the built-in context')
    .option('--screening-decisions <file>', 'screening-decisions.yaml with officers\' recorded decisions')
    .option('--date <iso>', 'the date lists must be in force on, for names (records use their own date; default: today)')
    .option('--top <n>', 'candidates shown per name', '3')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'))
    .addOption(new Option('--fail-on <level>', 'exit 1 on a possible match or worse (possible), or on a match only (match)').choices(['possible', 'match']))
    .option('--output <file>', 'write the result to a file')
    .addHelpText('after', '\nExit codes: 0 done; 1 a hit at or above --fail-on; 2 usage error or unreadable input.\nExample: atra screen --name "Al Shabab Trading Ltd" --format json')
    .action(async (files: string[], options: ScreenCliOptions) => {
      const { io } = context;
      const top = Number(options.top);
      if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top takes a whole number of at least 1; got ${options.top}`, 'write e.g. --top 3');
      if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new UsageError(`--date takes YYYY-MM-DD; got ${options.date}`);
      if (files.length === 0 && options.name.length === 0) throw new UsageError('nothing to screen', 'name files, or give --name "A Name"');
      const { setup, diagnostics } = await loadSetup(options.criteria, options.context, options.defaultContext, { screeningDecisions: options.screeningDecisions });
      if (!setup) return context.fail(diagnostics);
      const today = options.date ?? io.now().toISOString().slice(0, 10);
      const inputs = await readScreenInputs(files, io.readStdin, today);
      inputs.subjects.unshift(...options.name.map(name => ({ name, source: '--name', date: today })));
      // A name with no letters or digits matches nothing, so it must not pass as screened and clear.
      for (const subject of inputs.subjects) {
        if (normaliseName(subject.name).tokens.length === 0) inputs.problems.push(`${subject.source}: "${subject.name}" has no letters or digits: it cannot be screened`);
      }
      for (const problem of inputs.problems) io.stderr(`${problem}\n`);
      const policy = setup.compiled.policy.screening ?? DEFAULT_SCREENING;
      const results = screenSubjects(inputs.subjects, setup.context, policy, top);
      const header = {
        tool: { name: 'atra' as const, version: toolVersion() },
        screened_at: io.now().toISOString(),
        thresholds: policy,
        lists: setup.context.embargoes.filter(e => e.embargo.scope === 'listed').map(e => e.embargo.id),
      };
      const text = {
        text: () => renderScreenText(results, header, chalkFor(io, options.output !== undefined)),
        json: () => renderScreenJson(results, header),
        csv: () => renderScreenCsv(results),
      }[options.format]();
      await emit(io, text, options.output);
      if (inputs.problems.length) context.setExit(EXIT.usage);
      const failing = options.failOn === 'match' ? ['match'] : options.failOn === 'possible' ? ['match', 'possible'] : [];
      if (results.some(r => failing.includes(r.outcome))) context.setExit(EXIT.threshold);
    });
}
