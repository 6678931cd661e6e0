import { writeFile } from 'node:fs/promises';
import type { Decision } from '../../schema/index.js';
import type { Setup } from '../../loader/index.js';
import { loadInputs } from '../../batch/index.js';
import { digestOf, adviceChain } from '../../casework/index.js';
import { loadDeterminationFiles } from '../../casefiles/index.js';
import { assessWithDeterminations, screenDeterminations, type CaseResult } from '../../casefiles/index.js';
import { renderCaseReport, type ReportedResult } from '../../casefiles/index.js';
import { loadStatements } from '../../casefiles/index.js';
import { appendToLog, signHead } from '../../casefiles/index.js';
import type { InputFormat } from '../../batch/index.js';
import type { CommandContext } from '../command-context.js';
import { EXIT, UsageError } from '../errors.js';
import { chalkFor } from '../output.js';
import { DECISIONS } from '../../schema/index.js';
import { reportError } from '../../report/index.js';

interface CaseCliOptions {
  format: string;
  inputFormat?: InputFormat;
  output?: string;
  failOn?: Decision;
  assessedAt?: string;
  asOf?: string;
  determinations: string[];
  log?: string;
  signKey?: string;
  advice?: string;
}

/**
 * `assess` on a case: records with the officer's determinations, the advice chain, and the decision
 * log. Runs in memory on the main thread: a case is a handful of applications, not a batch.
 */
export async function runCaseAssess(files: readonly string[], options: CaseCliOptions, setup: Setup, context: CommandContext): Promise<void> {
  const { io } = context;
  if (options.format !== 'text' && options.format !== 'json' && options.format !== 'markdown') {
    throw new UsageError(`--determinations, --advice and --log write text, json or markdown reports; got --format ${options.format}`, 'use --format json for a machine-readable case report');
  }
  if (options.signKey && !options.log) throw new UsageError('--sign-key signs a decision log: give --log FILE too', 'add --log decisions.ndjson');
  const loaded = await loadDeterminationFiles(options.determinations);
  if (loaded.diagnostics.length) return context.fail(loaded.diagnostics);
  const inputs = await loadInputs(files, io.readStdin, options.inputFormat);
  const assessedAt = options.assessedAt ?? io.now().toISOString();
  const judgedOn = options.asOf ?? assessedAt.slice(0, 10);
  const screened = screenDeterminations(loaded.entries, inputs.records.map(r => r.record), judgedOn);
  const warnings = [...screened.warnings];
  const cases: CaseResult[] = inputs.records.map(input => {
    const outcome = assessWithDeterminations(setup, input, screened.entries, { asOf: options.asOf, judgedOn });
    warnings.push(...outcome.warnings);
    return outcome;
  });
  const statements = options.advice ? await loadStatements(options.advice) : undefined;
  if (statements?.diagnostics.length) return context.fail(statements.diagnostics);
  const byId = new Map(inputs.records.map(r => [r.record.id, r.record]));
  const results: ReportedResult[] = cases.map(({ result }) =>
    statements ? { ...result, advice: adviceChain(result.id, statements.statements, setup.compiled.policy.countersigning, result.decision, byId.get(result.id)) } : result,
  );
  const errors = inputs.errors.map(e => reportError(e.source, e.id, e.message, e.diagnostics));
  const header = { ...setup.header, assessed_at: assessedAt, inputs: inputs.inputs };
  const format = options.format;
  const text = renderCaseReport(format, header, results, errors, { determinations: loaded.files, warnings }, chalkFor(io, options.output !== undefined));
  if (options.output) await writeFile(options.output, text);
  else io.stdout(text);
  for (const warning of warnings) io.stderr(`atra: warning: ${warning}\n`);
  if (options.log) {
    const run = {
      criteria_sha256: digestOf(setup.header.criteria.map(c => c.sha256)),
      context_sha256: digestOf(setup.header.context.map(c => c.sha256)),
      judged_on: judgedOn,
      engine: `atra@${setup.header.tool.version}`,
    };
    const logged = await appendToLog(options.log, cases, run);
    if (logged.broken) throw new UsageError(`the decision log ${options.log} is broken at ${logged.broken}; nothing was appended`, 'run atra verify on it and restore the log from its last good copy');
    if (options.signKey) await signHead(options.log, options.signKey, logged.seq, logged.head);
  }
  if (inputs.unreadable) context.setExit(EXIT.usage);
  if (options.failOn) {
    const limit = DECISIONS.indexOf(options.failOn);
    if (errors.length || results.some(r => DECISIONS.indexOf(r.decision) <= limit)) context.setExit(EXIT.threshold);
  }
}
