import { Option, type Command } from 'commander';
import { loadSetup } from '../../loader/index.js';
import { loadInputs } from '../../batch/index.js';
import { compareLicence, type ReassessedLicence } from '../../casework/index.js';
import { loadDeterminationFiles } from '../../casefiles/index.js';
import { assessWithDeterminations, screenDeterminations } from '../../casefiles/index.js';
import type { CommandContext } from '../command-context.js';
import { EXIT, UsageError } from '../errors.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

interface ReassessOptions {
  criteria: string[];
  context: string[];
  defaultContext: boolean;
  baselineCriteria: string[];
  baselineContext: string[];
  determinations: string[];
  asOf?: string;
  format: 'text' | 'json';
}

/**
 * `atra reassess LICENCES...` (ATT 7(7)): each authorized licence is assessed as of its licence date
 * on the baseline criteria and context, and as of the reassessment date on the current ones; only
 * those whose decision got worse are listed, with the cause and the actions open to the officer.
 */
export function registerReassess(program: Command, context: CommandContext): void {
  program
    .command('reassess')
    .description('re-screen issued licences (records with licence: {status: authorized, date}) under new context or criteria (ATT 7(7)); list those whose decision got worse')
    .argument('<files...>', 'record files of issued licences')
    .option('--criteria <path>', 'current criteria set (repeatable)', collect, [])
    .option('--context <dir>', 'current context folder (repeatable)', collect, [])
    .option('--no-default-context', 'do not load the built-in context')
    .option('--baseline-criteria <path>', 'criteria the licences were issued under (default: the current ones)', collect, [])
    .option('--baseline-context <dir>', 'context the licences were issued under (default: the current one)', collect, [])
    .option('--determinations <file>', "the officer's determinations (repeatable)", collect, [])
    .option('--as-of <date>', 'reassess as of this date (default: today)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExit codes: 0 no licence needs action; 1 a licence needs action, or a record failed to load; 2 usage error.')
    .action(async (files: string[], options: ReassessOptions) => {
      const { io } = context;
      if (options.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) throw new UsageError(`--as-of takes YYYY-MM-DD; got ${JSON.stringify(options.asOf)}`, 'write e.g. --as-of 2026-06-30');
      const asOf = options.asOf ?? io.now().toISOString().slice(0, 10);
      const current = await loadSetup(options.criteria, options.context, options.defaultContext);
      const baselineChanged = options.baselineCriteria.length > 0 || options.baselineContext.length > 0;
      const baseline = baselineChanged
        ? await loadSetup(options.baselineCriteria.length ? options.baselineCriteria : options.criteria, options.baselineContext.length ? options.baselineContext : options.context, options.defaultContext)
        : current;
      if (!current.setup || !baseline.setup) return context.fail([...current.diagnostics, ...baseline.diagnostics]);
      const loaded = await loadDeterminationFiles(options.determinations);
      if (loaded.diagnostics.length) return context.fail(loaded.diagnostics);
      const inputs = await loadInputs(files, io.readStdin);
      const records = inputs.records.map(r => r.record);
      const issued = inputs.records.filter(r => r.record.licence?.status === 'authorized');
      const listed: ReassessedLicence[] = [];
      for (const input of issued) {
        const licence = input.record.licence as NonNullable<typeof input.record.licence>;
        const before = assessWithDeterminations(baseline.setup, input, screenDeterminations(loaded.entries, records, licence.date).entries, { asOf: licence.date, judgedOn: licence.date });
        const after = assessWithDeterminations(current.setup, input, screenDeterminations(loaded.entries, records, asOf).entries, { asOf, judgedOn: asOf });
        const worse = compareLicence(licence, before.result, after.result);
        if (worse) listed.push(worse);
      }
      if (options.format === 'json') io.stdout(`${JSON.stringify({ as_of: asOf, licences: issued.length, needing_action: listed, errors: inputs.errors }, null, 2)}\n`);
      else io.stdout(renderText(listed, issued.length, asOf));
      for (const error of inputs.errors) io.stderr(`${error.source}  error  ${error.message}\n`);
      if (inputs.unreadable) context.setExit(EXIT.usage);
      if (listed.length || inputs.errors.length) context.setExit(EXIT.threshold);
    });
}

function renderText(listed: readonly ReassessedLicence[], issued: number, asOf: string): string {
  const out = [`Reassessed ${issued} issued licence${issued === 1 ? '' : 's'} as of ${asOf}: ${listed.length} need${listed.length === 1 ? 's' : ''} action.`];
  for (const l of listed) {
    out.push('', `${l.id}  ${l.source}  licence ${l.licence.reference ? `${l.licence.reference} ` : ''}authorized ${l.licence.date}`);
    out.push(`  Decision at issue: ${l.before}  ->  now: ${l.after.toUpperCase()}`);
    for (const cause of l.causes) {
      out.push(`  Cause: ${cause.basis.join(', ')} (${cause.criterion}) was ${cause.before}, is ${cause.after}: ${cause.explanation}`);
      for (const fact of cause.evidence) out.push(`    · ${fact.fact} = ${String(fact.value)}  (${fact.source})`);
    }
    out.push(`  Actions open to the officer: ${l.actions.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}
