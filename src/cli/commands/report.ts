import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { loadSetup, type Setup } from '../../loader/index.js';
import { aggregateInputs } from '../../usecases/index.js';
import { buildAnnualDocument } from '../../usecases/index.js';
import { LeftOutSpill } from '../../batch/index.js';
import { BufferedWriter } from '../../batch/index.js';
import { sourcesFor, type InputFormat } from '../../batch/index.js';
import { loadNationalDefinitions } from '../../loader/index.js';
import { loadContext } from '../../loader/index.js';
import { existsSync } from 'node:fs';
import { BUILTIN_CONTEXTS, resolveContextDir } from '../../loader/index.js';
import type { AssessmentContext } from '../../engine/index.js';
import {
  printAttAnnual,
  printUnroca,
  renderAnnualJson,
  renderCsvFiles,
  renderHtml,
  renderMarkdown,
  type AnnualReport,
  type LeftOutSource,
  type Measure,
  type ReportBasis,
} from '../../reporting/index.js';
import { isKnownCountryCode } from '../../schema/index.js';
import type { CommandContext } from '../command-context.js';
import { EXIT, UsageError } from '../errors.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];
type Format = 'markdown' | 'csv' | 'html' | 'json';
type Kind = AnnualReport['report'];

interface ReportCliOptions {
  year: string;
  basis: ReportBasis;
  reportingState: string;
  measure?: Measure;
  nationalDefinitions?: string;
  format: Format;
  output?: string;
  inputFormat?: InputFormat;
  criteria: string[];
  context: string[];
  defaultContext: boolean;
  assess: boolean;
  generatedAt?: string;
}

const NOTICE = 'Generated from the licensing records named above; the competent national authority checks and submits the report.';

/** `atra report att-annual|unroca FILE...`: the ATT Art 13(3) annual report and the UN Register forms. */
export function registerReport(program: Command, context: CommandContext): void {
  const report = program.command('report').description('annual reports from licence records: ATT Art 13(3) (att-annual) and the UN Register (unroca)');
  addCommand(report, context, 'att-annual', 'the ATT annual report (Art 13(3)): exports and imports tables in the template layout');
  addCommand(report, context, 'unroca', 'the UN Register of Conventional Arms export and import forms (number of items)');
}

function addCommand(parent: Command, context: CommandContext, kind: Kind, description: string): void {
  const command = parent
    .command(kind)
    .description(description)
    .argument('<files...>', 'licence records (YAML, JSON, NDJSON, CSV), or - for standard input')
    .requiredOption('--year <yyyy>', 'calendar year reported')
    .requiredOption('--reporting-state <code>', 'the reporting state (ISO 3166-1 alpha-2 or user-assigned code)')
    .addOption(
      kind === 'att-annual'
        ? new Option('--basis <basis>', 'authorized (licences granted in the year) or actual (shipments made in the year)').choices(['authorized', 'actual']).makeOptionMandatory()
        : new Option('--basis <basis>', 'actual (shipments made in the year) or authorized').choices(['authorized', 'actual']).default('actual'),
    );
  if (kind === 'att-annual') command.addOption(new Option('--measure <measure>', 'figures per row').choices(['number', 'value', 'both']).default('both'));
  command
    .option('--national-definitions <file>', 'YAML/JSON file: state name, national definitions (Annex 2), withheld information')
    .addOption(new Option('--format <format>', 'output format').choices(['markdown', 'csv', 'html', 'json']).default('markdown'))
    .option('--output <path>', 'write to this file (for csv: this folder, one file per table) instead of standard output')
    .addOption(new Option('--input-format <format>', 'force the input format (default: from the file extension)').choices(['yaml', 'json', 'ndjson', 'csv']))
    .option('--criteria <path>', 'criteria the exports are assessed against (default att; repeatable)', collect, [])
    .option('--context <dir>', 'context folder over the built-in one (repeatable)', collect, [])
    .option('--no-default-context', 'do not load the built-in context')
    .option('--no-assess', 'do not assess exports: only licence outcomes decide what counts')
    .option('--generated-at <iso>', 'timestamp to record in the report (default: now), for reproducible reports')
    .addHelpText('after', `\nExit codes: 0 done; 2 usage error or unreadable input.\nExample: atra report ${kind} fixtures/register/register.ndjson --year 2025 --reporting-state XA --context training${kind === 'att-annual' ? ' --basis authorized' : ''}`)
    .action(async (files: string[], options: ReportCliOptions) => run(context, kind, files, options));
}

async function run(context: CommandContext, kind: Kind, files: string[], options: ReportCliOptions): Promise<void> {
  const { io } = context;
  const year = Number(options.year);
  if (!/^\d{4}$/.test(options.year)) throw new UsageError(`--year takes a four-digit year; got ${options.year}`, 'write e.g. --year 2025');
  const reportingState = options.reportingState.toUpperCase();
  if (!isKnownCountryCode(reportingState)) throw new UsageError(`--reporting-state takes a two-letter code; got ${options.reportingState}`, 'an ISO 3166-1 alpha-2 code such as KE, or a user-assigned one (XA-XZ, QM-QZ, AA, ZZ)');
  const definitions = options.nationalDefinitions ? await loadNationalDefinitions(options.nationalDefinitions) : undefined;
  if (definitions && !definitions.value) return context.fail(definitions.diagnostics);
  let setup: Setup | undefined;
  let states: AssessmentContext['states'] | undefined;
  if (options.assess) {
    const loaded = await loadSetup(options.criteria, options.context, options.defaultContext);
    if (!loaded.setup) return context.fail(loaded.diagnostics);
    setup = loaded.setup;
    states = setup.context.states;
  } else {
    // Without an assessment the context still names the states (fictional ones are only named there).
    const loaded = await loadContext([...(options.defaultContext ? [BUILTIN_CONTEXTS.un as string] : []), ...options.context.map(dir => resolveContextDir(dir, existsSync))]);
    if (loaded.diagnostics.length) return context.fail(loaded.diagnostics);
    states = loaded.context.states;
  }
  const sources = await sourcesFor(files, io.readStdin, options.inputFormat);
  const spill = await LeftOutSpill.create();
  try {
    const aggregated = await aggregateInputs(sources, { year, basis: options.basis, reportingState, keepIds: options.format === 'json' }, setup, spill);
    const document = buildAnnualDocument(kind, aggregated, {
      setup,
      states,
      definitions: definitions?.value,
      reportingState,
      year,
      basis: options.basis,
      measure: options.measure ?? 'number',
      generatedAt: options.generatedAt ?? io.now().toISOString(),
    });
    await write(context, document, options, () => spill.entries());
    if (aggregated.unreadable) context.setExit(EXIT.usage);
  } finally {
    await spill.remove();
  }
}

async function write(context: CommandContext, document: AnnualReport, options: ReportCliOptions, leftOut: LeftOutSource): Promise<void> {
  const printed = document.report === 'att-annual' ? printAttAnnual(document, leftOut) : printUnroca(document, leftOut);
  if (options.format === 'csv') {
    const files = renderCsvFiles(printed);
    if (!options.output) {
      // Without a folder, the tables follow one another on standard output, each under its file name.
      for (const [index, file] of files.entries()) await pipe((async function* () {
        yield `${index ? '\n' : ''}# ${file.name}\n`;
        yield* file.pieces;
      })(), context.io.stdoutStream);
      return;
    }
    await mkdir(options.output, { recursive: true });
    for (const file of files) await toFile(file.pieces, join(options.output, file.name));
    return;
  }
  const pieces = options.format === 'json' ? renderAnnualJson(document, NOTICE, leftOut) : options.format === 'html' ? renderHtml(printed) : renderMarkdown(printed);
  if (options.output) await toFile(pieces, options.output);
  else await pipe(pieces, context.io.stdoutStream);
}

/** Writes rendered pieces to a stream in large writes, with back-pressure; the stream stays open. */
async function pipe(pieces: AsyncIterable<string>, stream: Writable): Promise<void> {
  const writer = new BufferedWriter(stream);
  for await (const piece of pieces) await writer.write(piece);
  await writer.flush();
}

/** Writes rendered pieces to a file; a path that cannot be written is the user's to fix, not an internal error. */
async function toFile(pieces: AsyncIterable<string>, path: string): Promise<void> {
  const stream = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  try {
    await Promise.race([pipe(pieces, stream), failed]);
    await Promise.race([new Promise<void>(resolve => stream.end(() => resolve())), failed]);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`, 'check that the folder exists and can be written');
  }
}
