import type { Command } from 'commander';
import { Option } from 'commander';
import { ADVICE_TYPES, adviceDigest, adviceChain, describeChain, sameOfficer, type AdviceStatement, type Statement } from '../../casework/index.js';
import { appendStatement, loadStatements } from '../../casefiles/index.js';
import { loadCriteriaSets } from '../../loader/index.js';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../errors.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function today(context: CommandContext, date?: string): string {
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date takes YYYY-MM-DD; got ${JSON.stringify(date)}`, 'write e.g. --date 2026-03-10');
  return date ?? context.io.now().toISOString().slice(0, 10);
}

async function statementsOf(context: CommandContext, file: string): Promise<Statement[] | undefined> {
  const loaded = await loadStatements(file);
  if (loaded.diagnostics.length) {
    context.fail(loaded.diagnostics);
    return undefined;
  }
  return loaded.statements;
}

/** `atra decide RECORD`: appends an officer's advice on a record to the advice file. */
export function registerDecide(program: Command, context: CommandContext): void {
  program
    .command('decide')
    .description("append an officer's advice on a record (approve, approve-with-provisos, refuse, no-licence-required) to an advice file")
    .argument('<record>', 'the record id')
    .addOption(new Option('--advice <type>', 'the advice').choices([...ADVICE_TYPES]).makeOptionMandatory())
    .requiredOption('--officer <name>', 'the advising officer')
    .requiredOption('--reason <text>', 'why')
    .requiredOption('--file <file>', 'the advice file (a YAML list of statements; created when missing)')
    .option('--proviso <text>', 'a proviso (licence condition) of approve-with-provisos (repeatable)', collect, [])
    .option('--date <date>', 'date of the advice (default: today)')
    .action(async (record: string, options: { advice: AdviceStatement['advice']; officer: string; reason: string; file: string; proviso: string[]; date?: string }) => {
      if (options.advice === 'approve-with-provisos' && options.proviso.length === 0) throw new UsageError('approve-with-provisos needs at least one --proviso', 'add --proviso "..." for each licence condition');
      if (options.advice !== 'approve-with-provisos' && options.proviso.length) throw new UsageError('--proviso goes with --advice approve-with-provisos only', 'drop --proviso, or advise approve-with-provisos');
      const statement: AdviceStatement = { kind: 'advice', record, officer: options.officer, date: today(context, options.date), advice: options.advice, ...(options.proviso.length ? { provisos: options.proviso } : {}), reason: options.reason };
      if ((await statementsOf(context, options.file)) === undefined) return;
      await appendStatement(options.file, statement);
      context.io.stdout(`Advice recorded in ${options.file}: ${record} ${options.advice} by ${options.officer}\nsha256 ${adviceDigest(statement)} (a countersignature names this; editing the advice voids it)\n`);
    });
}

/** `atra countersign RECORD`: appends a countersignature of the record's latest advice. Nobody countersigns their own. */
export function registerCountersign(program: Command, context: CommandContext): void {
  program
    .command('countersign')
    .description("append a countersignature of a record's latest advice, naming its sha256; nobody countersigns their own advice")
    .argument('<record>', 'the record id')
    .requiredOption('--officer <name>', 'the countersigning officer')
    .requiredOption('--file <file>', 'the advice file')
    .option('--disagree', 'record disagreement instead of agreement')
    .option('--reason <text>', 'why (required with --disagree)')
    .option('--date <date>', 'date of the countersignature (default: today)')
    .option('--criteria <path>', 'criteria set whose policy says how many countersignatures are required (default att; repeatable)', collect, [])
    .action(async (record: string, options: { officer: string; file: string; disagree?: boolean; reason?: string; date?: string; criteria: string[] }) => {
      const statements = await statementsOf(context, options.file);
      if (statements === undefined) return;
      const advice = statements.filter((s): s is AdviceStatement => s.kind === 'advice' && s.record === record).at(-1);
      if (!advice) throw new UsageError(`${options.file} holds no advice on ${record} to countersign`, `record advice first: atra decide ${record} --advice ... --officer ... --reason ... --file ${options.file}`);
      if (sameOfficer(advice.officer, options.officer)) throw new UsageError(`${options.officer} gave this advice and cannot countersign it`, 'a different officer must countersign');
      if (options.disagree && !options.reason) throw new UsageError('--disagree needs a --reason', 'say why you do not agree');
      await appendStatement(options.file, { kind: 'countersignature', record, officer: options.officer, date: today(context, options.date), advice_sha256: adviceDigest(advice), agrees: !options.disagree, ...(options.reason ? { reason: options.reason } : {}) });
      const after = await statementsOf(context, options.file);
      const loaded = await loadCriteriaSets(options.criteria.length ? options.criteria : ['att']);
      const chain = adviceChain(record, after ?? [], loaded.compiled?.policy.countersigning);
      // Without the record and its recommendation, only the rules on the advice itself can be counted here.
      context.io.stdout(`Countersignature recorded in ${options.file}\n${describeChain(chain).join('\n')}\n(atra assess --advice ${options.file} also applies the rules that depend on the record and its recommendation)\n`);
    });
}
