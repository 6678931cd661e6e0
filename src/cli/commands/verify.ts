import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadSetup } from '../../loader/index.js';
import { loadInputs } from '../../batch/index.js';
import { digestOf, resultDigest, verifyChain, type LogEntry } from '../../casework/index.js';
import { loadDeterminationFiles } from '../../casefiles/index.js';
import { assessWithDeterminations, screenDeterminations } from '../../casefiles/index.js';
import { checkSignedHead, readLogLines, signaturePath } from '../../casefiles/index.js';
import type { CommandContext } from '../command-context.js';
import { EXIT, UsageError } from '../errors.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

interface VerifyOptions {
  records: string[];
  criteria: string[];
  context: string[];
  defaultContext: boolean;
  determinations: string[];
  report?: string;
  verifyKey?: string;
}

/** `atra verify LOG`: checks the chain, the signed head, and (given the inputs) every result. */
export function registerVerify(program: Command, context: CommandContext): void {
  program
    .command('verify')
    .description('check a decision log: its hash chain, its signed head, and, given the inputs, that every result recomputes')
    .argument('<log>', 'the decision log (NDJSON) written by assess --log')
    .option('--records <file>', 'record files to recompute the results from (repeatable)', collect, [])
    .option('--criteria <path>', 'criteria set, as given to assess (repeatable)', collect, [])
    .option('--context <dir>', 'context folder, as given to assess (repeatable)', collect, [])
    .option('--no-default-context', 'do not load the built-in context (as given to assess)')
    .option('--determinations <file>', 'determinations file, as given to assess (repeatable)', collect, [])
    .option('--report <file>', 'a JSON report whose results must match the log')
    .option('--verify-key <file>', 'Ed25519 public key (PEM) to check the signed head (LOG.sig) with')
    .addHelpText('after', '\nExit codes: 0 everything matches; 1 a line, result or signature does not match (the first is named); 2 usage error.')
    .action(async (logPath: string, options: VerifyOptions) => {
      const { io } = context;
      if (!existsSync(logPath)) throw new UsageError(`no decision log at ${logPath}`, 'give the file written by assess --log');
      const lines = await readLogLines(logPath);
      const fail = (message: string): void => {
        io.stdout(`FAILED: ${message}\n`);
        context.setExit(EXIT.threshold);
      };
      const chain = verifyChain(lines);
      if (chain.break) return fail(`${logPath}:${chain.break.line}: ${chain.break.reason}`);
      io.stdout(`Chain intact: ${chain.entries.length} lines, head ${chain.entries.at(-1)?.hash ?? '(empty)'}\n`);
      if (options.verifyKey) {
        const sig = signaturePath(logPath);
        if (!existsSync(sig)) return fail(`no signed head at ${sig}`);
        const problem = checkSignedHead(readFileSync(sig, 'utf8'), options.verifyKey, chain.entries);
        if (problem) return fail(`${sig}: ${problem}`);
        io.stdout(`Signed head verifies with ${options.verifyKey}\n`);
      } else if (existsSync(signaturePath(logPath))) {
        // A chain alone cannot show that its newest lines were cut: only the signed head can.
        io.stdout(`Not checked: ${signaturePath(logPath)} holds a signed head; give --verify-key to check that no line was cut from the end\n`);
      }
      const recomputed = new Map<string, object>();
      if (options.records.length) {
        const mismatch = await recompute(chain.entries, options, io.readStdin, recomputed);
        if (typeof mismatch === 'string') return fail(mismatch);
        io.stdout(`Recomputed ${mismatch} result${mismatch === 1 ? '' : 's'}: all match\n`);
      }
      if (options.report) {
        const problem = checkReport(options.report, chain.entries, logPath, recomputed);
        if (problem) return fail(problem);
        io.stdout(`Report ${options.report} matches the log\n`);
      }
    });
}

/** Re-runs every logged record that is among the given inputs; the count checked, or the first mismatch. */
async function recompute(entries: readonly LogEntry[], options: VerifyOptions, readStdin: () => Promise<string>, out: Map<string, object>): Promise<number | string> {
  const { setup, diagnostics } = await loadSetup(options.criteria, options.context, options.defaultContext);
  if (!setup) throw new UsageError(diagnostics.map(d => d.message).join('; '), 'give the criteria and context the log was written with');
  const loaded = await loadDeterminationFiles(options.determinations);
  if (loaded.diagnostics.length) throw new UsageError(loaded.diagnostics.map(d => d.message).join('; '), 'fix the determinations file');
  const inputs = await loadInputs(options.records, readStdin);
  const records = new Map(inputs.records.map(r => [r.record.id, r]));
  const criteria = digestOf(setup.header.criteria.map(c => c.sha256));
  const contextDigest = digestOf(setup.header.context.map(c => c.sha256));
  let checked = 0;
  for (const entry of entries) {
    const input = records.get(entry.record_id);
    if (!input) continue;
    const at = `line ${entry.seq} (${entry.record_id})`;
    if (digestOf(input.record) !== entry.record_sha256) return `${at}: the record differs from the one assessed`;
    if (criteria !== entry.criteria_sha256) return `${at}: the criteria differ from those the record was assessed on`;
    if (contextDigest !== entry.context_sha256) return `${at}: the context differs from the one the record was assessed on`;
    const screened = screenDeterminations(loaded.entries, inputs.records.map(r => r.record), entry.judged_on);
    const outcome = assessWithDeterminations(setup, input, screened.entries, { asOf: entry.as_of, judgedOn: entry.judged_on });
    if (outcome.determinationsSha256 !== entry.determinations_sha256) return `${at}: the determinations differ from those applied`;
    if (resultDigest(outcome.result) !== entry.result_sha256) return `${at}: the recomputed result (${outcome.result.decision}) differs from the logged one (${entry.decision})`;
    out.set(entry.record_id, outcome.result);
    checked += 1;
  }
  return checked;
}

/** Each result of a JSON report must hash to its record's latest log line. */
function checkReport(path: string, entries: readonly LogEntry[], logPath: string, recomputed: ReadonlyMap<string, object>): string | undefined {
  const text = readFileSync(path, 'utf8');
  let report: { results?: { id: string }[]; criteria?: { sha256: string }[]; context?: { sha256: string }[] };
  try {
    report = JSON.parse(text) as typeof report;
  } catch (error) {
    return `${path}: not a JSON report (${(error as Error).message})`;
  }
  const latest = new Map(entries.map(e => [e.record_id, e]));
  const lines = text.split('\n');
  for (const result of report.results ?? []) {
    const entry = latest.get(result.id);
    const line = lines.findIndex(l => l.trim() === `"id": ${JSON.stringify(result.id)},`) + 1;
    if (!entry) return `${path}:${line}: ${result.id} is not in the log`;
    if (digestOf((report.criteria ?? []).map(c => c.sha256)) !== entry.criteria_sha256) return `${path}:${lines.findIndex(l => l.startsWith('  "criteria":')) + 1}: the report's criteria hashes do not match ${logPath}:${entry.seq}`;
    if (digestOf((report.context ?? []).map(c => c.sha256)) !== entry.context_sha256) return `${path}:${lines.findIndex(l => l.startsWith('  "context":')) + 1}: the report's context hashes do not match ${logPath}:${entry.seq}`;
    if (resultDigest(result) !== entry.result_sha256) {
      const changed = firstChangedLine(lines, line - 1, recomputed.get(result.id), result);
      return `${path}:${changed ?? line}: the result for ${result.id} does not match ${logPath}:${entry.seq}${changed ? '' : ' (give --records, --context and --determinations to name the changed line)'}`;
    }
  }
  return undefined;
}

/**
 * With the recomputed result, the first line of the report that differs from it: the report writes
 * each result as two-space JSON indented by four, so the expected text is known line by line.
 */
function firstChangedLine(lines: readonly string[], idLine: number, expected: object | undefined, actual: object): number | undefined {
  if (!expected || 'advice' in actual) return undefined;
  const want = JSON.stringify(expected, null, 2).split('\n').map(l => `    ${l}`);
  const start = idLine - 1;
  for (let i = 1; i < want.length - 1; i++) {
    if ((lines[start + i] ?? '').replace(/,$/, '') !== (want[i] as string).replace(/,$/, '')) return start + i + 1;
  }
  return undefined;
}
