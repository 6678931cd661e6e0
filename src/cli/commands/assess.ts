import { statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Option, type Command } from 'commander';
import { DECISIONS, type Decision } from '../../schema/index.js';
import { unreadAuthorities } from '../../engine/index.js';
import { loadSetup, type Setup } from '../../loader/index.js';
import { sourcesFor } from '../../batch/index.js';
import { autoJobs, runBatch, type BatchOutcome } from '../../batch/index.js';
import { BufferedWriter, sinkFor } from '../../batch/index.js';
import type { InputFormat, InputSource } from '../../batch/index.js';
import type { CommandContext } from '../command-context.js';
import { EXIT, UsageError } from '../errors.js';
import { parseDateOption, parseJobsOption, parseTimestampOption } from '../option-values.js';
import { rejectFolders } from '../input-paths.js';
import { chalkFor } from '../output.js';
import { progressFor } from '../progress.js';
import { openOutput } from '../output-file.js';
import { tuneHeapForBatch } from '../heap.js';
import { fileErrorText } from '../../loader/index.js';
import { addInputOptions, isoTimestamp, jobsWithin, readInputOptions, type InputCliOptions } from '../input-options.js';
import { absolutePath } from '../../loader/index.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];
type Format = 'text' | 'json' | 'ndjson' | 'markdown' | 'csv' | 'html';

interface AssessCliOptions extends InputCliOptions {
  criteria: string[];
  context: string[];
  defaultContext: boolean;
  screeningDecisions?: string;
  format: Format;
  inputFormat?: InputFormat;
  output?: string;
  failOn?: Decision;
  assessedAt?: string;
  asOf?: string;
  jobs: string;
  progress: boolean;
  summary: boolean;
  firstLine: string;
  determinations: string[];
  log?: string;
  signKey?: string;
  advice?: string;
}

/** `atra assess FILE...`: the main job, streamed, on worker threads for large inputs. */
export function registerAssess(program: Command, context: CommandContext): void {
  const command = program
    .command('assess')
    .description('assess transfer records (YAML, JSON, NDJSON, CSV; "-" reads standard input) against the criteria')
    .argument('<files...>', 'record files, or - for standard input')
    .option('--criteria <path>', 'criteria set: a built-in name (att, eu-cp), a folder or a set.yaml (repeatable)', collect, [])
    .option('--context <dir>', 'context: a built-in name (un, eu, or training for the fictional states of the exercises and fixtures) or a folder with states.yaml / embargoes.yaml, loaded over the built-in one (repeatable)', collect, [])
    .option('--no-default-context', 'do not load the built-in context (UN embargoes; EU embargoes with eu-cp)')
    .option('--screening-decisions <file>', 'screening-decisions.yaml: officers\' false-positive / true-match decisions on name-screening hits')
    .option('--as-of <date>', "assess as of this date (YYYY-MM-DD) instead of each record's date: re-assessment (ATT 7(7)), or knowledge at the time of authorization (ATT 6(3))", parseDateOption)
    .addOption(new Option('--format <format>', 'report format (html: one printable page, A4)').choices(['text', 'json', 'ndjson', 'markdown', 'csv', 'html']).default('text'))
    .addOption(new Option('--input-format <format>', 'force the input format (default: from the file extension; standard input: from its content)').choices(['yaml', 'json', 'ndjson', 'csv']))
    .option('--output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <decision>', 'exit 1 if any record is at or above this decision (a record that fails to load always does)').choices([...DECISIONS]))
    .option('--assessed-at <iso>', 'ISO 8601 timestamp to record in the report (default: now), for reproducible reports', parseTimestampOption)
    .option('--jobs <n>', 'worker threads: a number, or auto (one per idle core for inputs of 4 MB or more; none on a busy machine)', parseJobsOption, 'auto')
    .option('--no-progress', 'no progress bar (it only ever shows on a terminal)')
    .option('--no-summary', 'NDJSON: no summary line at the end, so the output is one line per input record (for sharded runs)')
    .option('--first-line <n>', 'NDJSON: the line number of the first input line (default 1), when the input is a shard of a larger file', '1')
    .option('--determinations <file>', "the officer's determinations (determinations.yaml), applied with their provenance (repeatable)", collect, [])
    .option('--advice <file>', 'advice and countersignature statements: show each record\'s chain and whether it is complete')
    .option('--log <file>', 'append one hash-chained line per record to this decision log (NDJSON)')
    .option('--sign-key <file>', 'sign the decision log\'s head with this Ed25519 private key (PEM)')
    .addHelpText('after', '\nExit codes: 0 done; 1 a record not assessed (errors), or a decision at or above --fail-on; 2 usage error or unreadable input.\nExample: atra assess fixtures/applications/01-approve.yaml --context training --format markdown   (the shipped examples use the fictional training states)');
  addInputOptions(command)
    .action(async (files: string[], options: AssessCliOptions) => {
      const { io } = context;
      rejectFolders(files);
      const assessedAt = options.assessedAt === undefined ? io.now().toISOString() : isoTimestamp(options.assessedAt, '--assessed-at');
      const settings = readInputOptions(options, assessedAt);
      const { setup, diagnostics } = await loadSetup(options.criteria, options.context, options.defaultContext, { asOf: options.asOf, criteriaRoot: settings.criteriaRoot, screeningDecisions: options.screeningDecisions });
      if (!setup) return context.fail(diagnostics);
      const unread = unreadAuthorities(setup.compiled, setup.context);
      if (unread.length) {
        const hint = unread.includes('EU') ? ' (the EU Common Position reads them: --criteria eu-cp)' : '';
        io.stderr(`atra: note: the context holds ${unread.join(' and ')} embargoes that no criterion of ${setup.compiled.id} reads: they are listed among the inputs but not applied${hint}.\n`);
      }
      const firstLine = Number(options.firstLine);
      if (!Number.isInteger(firstLine) || firstLine < 1) throw new UsageError(`--first-line takes a whole number of 1 or more; got ${options.firstLine}`, 'write e.g. --first-line 2501');
      if (options.determinations.length || options.log || options.advice || options.signKey) {
        const { runCaseAssess } = await import('./case-assess.js');
        return runCaseAssess(files, options, setup, context);
      }
      const sources = (await sourcesFor(files, io.readStdin, options.inputFormat)).map(source => ({ ...source, firstLine }));
      const sizes = sources.map(source => sizeOf(source.file));
      const requested = options.jobs === 'auto' ? autoJobs(sizes.reduce((a, b) => a + b, 0)) : Number(options.jobs);
      if (!Number.isInteger(requested) || requested < 0) throw new UsageError(`--jobs takes a whole number or auto; got ${options.jobs}`, 'write e.g. --jobs 2');
      const jobs = jobsWithin(requested, io.stderr);
      // The JSON report lists input hashes before its results, so they are computed first.
      const inputs = options.format === 'json' ? await Promise.all(sources.map(hashSource)) : [];
      const output = options.output ? await openOutput(options.output, [...files, ...setupFiles(setup)]) : undefined;
      const writer = new BufferedWriter(output?.stream ?? io.stdoutStream);
      const chalk = chalkFor(io, options.output !== undefined);
      const progress = progressFor(io, sizes.reduce((a, b) => a + b, 0), options.progress);
      tuneHeapForBatch();
      let outcome: BatchOutcome;
      try {
        outcome = await runBatch({
          sources,
          setup,
          header: { ...setup.header, assessed_at: assessedAt, inputs },
          format: options.format,
          colour: chalk.level > 0,
          jobs,
          workerSetup: { criteria: options.criteria, context: options.context, defaultContext: options.defaultContext, asOf: options.asOf, criteriaRoot: settings.criteriaRoot, screeningDecisions: options.screeningDecisions },
          sink: sinkFor(options.format, text => writer.write(text), chalk, { summary: options.summary }),
          limits: settings.limits,
          dateWindow: settings.dateWindow,
          ...(progress.onBytes ? { onBytes: progress.onBytes } : {}),
        });
        await writer.flush();
      } catch (error) {
        // The previous report stays as it was: the half-written one is removed.
        await output?.abort();
        if (output && (error as NodeJS.ErrnoException).code) throw new UsageError(`cannot write ${options.output ?? ''}: ${fileErrorText(error)}`, 'free some space or choose another --output path; the previous file is unchanged');
        throw error;
      } finally {
        progress.stop();
      }
      await output?.commit();
      if (outcome.unreadable) context.setExit(EXIT.usage);
      // A record that ended in errors was not assessed: CI must not pass it, whatever --fail-on says.
      if (outcome.summary.errors > 0) context.setExit(EXIT.threshold);
      if (options.failOn && breaches(outcome, options.failOn)) context.setExit(EXIT.threshold);
    });
}

/** The criteria and context files a setup was read from: a report may not overwrite them. */
function setupFiles(setup: Setup): string[] {
  return [...setup.header.criteria.map(c => absolutePath(c.file)), ...setup.header.context.map(c => absolutePath(c.file))];
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

async function hashSource(source: InputSource): Promise<{ file: string; sha256: string }> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of source.open()) hash.update(chunk as Buffer);
  } catch {
    // A missing file is reported, with its position, when the batch reads it.
  }
  return { file: source.file, sha256: hash.digest('hex') };
}

/** True when a record's decision is at or above the threshold in the contract's worst-first order, or a record failed. */
export function breaches(outcome: Pick<BatchOutcome, 'summary'>, threshold: Decision): boolean {
  const limit = DECISIONS.indexOf(threshold);
  return outcome.summary.errors > 0 || DECISIONS.some((decision, rank) => rank <= limit && outcome.summary.decisions[decision] > 0);
}
