import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { stringify } from 'yaml';
import { DECISIONS, type Answers } from '../../schema/index.js';
import { listScenarios, loadScenario, resolveScenario, type LoadedScenario } from '../../trainer/index.js';
import { gradeAnswers, gradedCriteria, summariseClass, type GradeResult } from '../../trainer/index.js';
import { answersTemplate, loadAnswers } from '../../trainer/index.js';
import { renderClassSummary, renderGrade } from '../../report/index.js';
import type { CommandContext } from '../command-context.js';
import { EXIT, UsageError } from '../errors.js';
import { EXERCISE_CHOICES, EXERCISE_PROMPT, exerciseQuestion } from '../../report/index.js';
import { chalkFor, emit } from '../output.js';

interface ExerciseCliOptions {
  answers?: string[];
  template?: boolean;
  list?: boolean;
  result?: string;
  format: 'text' | 'json';
}

/** `atra exercise SCENARIO`: run a graded exercise interactively, or grade answers files. */
export function registerExercise(program: Command, context: CommandContext): void {
  program
    .command('exercise')
    .description('trainer mode: run a scenario as a graded exercise, or grade filled-in answers files')
    .argument('[scenario]', 'scenario id (or a unique prefix such as s09), or a scenario folder')
    .option('--answers <files...>', 'grade these answers files without prompts; several give a class summary')
    .option('--template', 'print a blank answers file for the scenario')
    .option('--list', 'list the built-in scenarios')
    .option('--result <file>', 'where to write the graded result (JSON)')
    .addOption(new Option('--format <format>', 'output format for --answers').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nEvery question is the same: does this risk or prohibition apply? Yes means triggered.\nExit codes: 0 graded; 2 usage error (also: no terminal for the questions); 130 stopped with Ctrl-C.\nExamples:\n  atra exercise --list\n  atra exercise s09                       # interactive, in a terminal\n  atra exercise s09 --template > blank.yaml\n  atra exercise s09 --answers class/*.yaml  # grade a class')
    .action(async (reference: string | undefined, options: ExerciseCliOptions) => {
      if (options.list) return context.io.stdout(await listText());
      if (!reference) throw new UsageError('name a scenario', 'run atra exercise --list to see them');
      const file = await resolveScenario(reference);
      if (!file) throw new UsageError(`no scenario "${reference}"`, 'run atra exercise --list to see the scenarios');
      const { loaded, diagnostics } = await loadScenario(file);
      if (!loaded) return context.fail(diagnostics);
      if (options.template) return context.io.stdout(answersTemplate(loaded));
      const now = context.io.now().toISOString();
      if (options.answers) return gradeFiles(context, loaded, options, now);
      const { io } = context;
      if (!io.stdinIsTty || !io.stdoutIsTty) {
        const id = loaded.scenario.id;
        throw new UsageError(
          'the exercise asks its questions in a terminal, and this is not one',
          `without a terminal, answer on paper: atra exercise ${id} --template > answers.yaml, fill it in, then atra exercise ${id} --answers answers.yaml`,
        );
      }
      let answers: Answers;
      try {
        answers = await askInteractively(context, loaded);
      } catch (error) {
        // Ctrl-C (or a closed terminal) in a prompt: the trainee stopped, nothing is wrong.
        if ((error as Error).name !== 'ExitPromptError') throw error;
        io.stderr('\nExercise stopped; nothing was written.\n');
        return context.setExit(EXIT.interrupted);
      }
      const graded = gradeAnswers(loaded.scenario, loaded.engine, answers, now);
      context.io.stdout(`\n${renderGrade(graded, chalkFor(context.io, false))}`);
      const target = options.result ?? `${loaded.scenario.id}.${slug(answers.trainee)}.result.json`;
      await writeFile(target, `${JSON.stringify({ ...graded, answers }, null, 2)}\n`, 'utf8');
      context.io.stdout(`Result written to ${target}; hand it to your trainer.\n`);
    });
}

async function listText(): Promise<string> {
  const lines: string[] = [];
  for (const id of await listScenarios()) {
    const file = await resolveScenario(id);
    const { loaded } = file ? await loadScenario(file) : { loaded: undefined };
    if (loaded) lines.push(`${id.padEnd(30)} ${loaded.scenario.difficulty.padEnd(13)} ${loaded.scenario.title}`);
  }
  return `${lines.join('\n')}\n`;
}

async function gradeFiles(context: CommandContext, loaded: LoadedScenario, options: ExerciseCliOptions, now: string): Promise<void> {
  const results: GradeResult[] = [];
  for (const file of options.answers ?? []) {
    const { answers, diagnostics } = await loadAnswers(file);
    if (!answers) return context.fail(diagnostics);
    if (answers.scenario !== loaded.scenario.id) throw new UsageError(`${file} answers scenario "${answers.scenario}", not "${loaded.scenario.id}"`, 'grade each answers file against its own scenario');
    results.push(gradeAnswers(loaded.scenario, loaded.engine, answers, now));
  }
  if (options.result && results.length === 1) await writeFile(options.result, `${JSON.stringify(results[0], null, 2)}\n`, 'utf8');
  const chalk = chalkFor(context.io, false);
  if (options.format === 'json') {
    return emit(context.io, `${JSON.stringify(results.length === 1 ? results[0] : { results, summary: summariseClass(results) }, null, 2)}\n`, undefined);
  }
  const text = results.length === 1 && results[0] ? renderGrade(results[0], chalk) : `${results.map(r => `${r.trainee}: ${r.score.percent}%`).join('\n')}\n\n${renderClassSummary(summariseClass(results))}`;
  context.io.stdout(text);
}

/** The interactive flow: the brief and the record, one question per criterion, then the decision. */
async function askInteractively(context: CommandContext, loaded: LoadedScenario): Promise<Answers> {
  const { input, select } = await import('@inquirer/prompts');
  const { scenario } = loaded;
  const out = context.io.stdout;
  out(`\n${scenario.title} (${scenario.difficulty})\n\n${scenario.brief.trim()}\n\nThe application:\n\n${stringify(scenario.record)}\n`);
  const trainee = await input({ message: 'Your name', validate: v => v.trim() !== '' || 'Enter a name for the result file' });
  const questions = new Map(loaded.setup.compiled.criteria.map(c => [c.criterion.id, c.criterion]));
  const { policy } = loaded.setup.compiled;
  const criteria: Answers['criteria'] = {};
  for (const id of gradedCriteria(scenario)) {
    const question = exerciseQuestion(questions.get(id) ?? (policy.mitigation.id === id ? policy.mitigation : policy.overriding));
    out(`\n${question.heading}\n  The criterion asks: ${question.asks}\n  It applies when: ${question.appliesWhen}\n`);
    const status = await select({ message: EXERCISE_PROMPT, choices: EXERCISE_CHOICES.map(choice => ({ ...choice })) });
    const reason = await input({ message: 'Reason (short)' });
    criteria[id] = { status, reason };
  }
  const decision = await select({ message: 'Your overall decision', choices: DECISIONS.map(d => ({ name: d, value: d })) });
  return { scenario: scenario.id, trainee: trainee.trim(), decision, criteria };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'trainee';
}
