import { Option, type Command } from 'commander';
import { DECISIONS, type Decision } from '../../schema/index.js';
import { assessFiles } from '../../app/assess-files.js';
import { renderJson, renderMarkdown, renderText, type Report } from '../../report/index.js';
import type { CommandContext } from '../run.js';
import { EXIT } from '../errors.js';
import { chalkFor, emit } from '../output.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `atra assess FILE...`: the main job. */
export function registerAssess(program: Command, context: CommandContext): void {
  program
    .command('assess')
    .description('assess transfer records (YAML, JSON, NDJSON; "-" reads standard input) against the criteria')
    .argument('<files...>', 'record files, or - for standard input')
    .option('--criteria <path>', 'criteria set: a built-in name (att, eu-cp), a folder or a set.yaml (repeatable)', collect, [])
    .option('--context <dir>', 'context folder with states.yaml / embargoes.yaml, over the built-in one (repeatable)', collect, [])
    .option('--no-default-context', 'do not load the built-in context (UN embargoes, training states)')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json', 'markdown']).default('text'))
    .addOption(new Option('--input-format <format>', 'force the input format').choices(['yaml', 'json', 'ndjson']))
    .option('--output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <decision>', 'exit 1 if any record is at or above this decision (or fails to load)').choices([...DECISIONS]))
    .option('--assessed-at <iso>', 'timestamp to record in the report (default: now), for reproducible reports')
    .addHelpText('after', '\nExit codes: 0 done; 1 a decision at or above --fail-on; 2 usage error or unreadable input.\nExample: atra assess fixtures/applications/01-approve.yaml --format markdown')
    .action(async (files: string[], options: AssessCliOptions) => {
      const { io } = context;
      const { report, diagnostics, unreadable } = await assessFiles({
        files,
        criteria: options.criteria,
        context: options.context,
        defaultContext: options.defaultContext,
        assessedAt: options.assessedAt ?? io.now().toISOString(),
        inputFormat: options.inputFormat,
        readStdin: io.readStdin,
      });
      if (!report) return context.fail(diagnostics);
      await emit(io, render(report, options, context), options.output);
      if (unreadable) context.setExit(EXIT.usage);
      if (options.failOn && breaches(report, options.failOn)) context.setExit(EXIT.threshold);
    });
}

interface AssessCliOptions {
  criteria: string[];
  context: string[];
  defaultContext: boolean;
  format: 'text' | 'json' | 'markdown';
  inputFormat?: 'yaml' | 'json' | 'ndjson';
  output?: string;
  failOn?: Decision;
  assessedAt?: string;
}

function render(report: Report, options: AssessCliOptions, context: CommandContext): string {
  switch (options.format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'text':
      return renderText(report, chalkFor(context.io, options.output !== undefined));
  }
}

/** True when a record's decision is at or above the threshold in the contract's worst-first order, or a record failed. */
export function breaches(report: Report, threshold: Decision): boolean {
  const limit = DECISIONS.indexOf(threshold);
  return report.errors.length > 0 || report.results.some(result => DECISIONS.indexOf(result.decision) <= limit);
}
