import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadSetup } from '../../loader/index.js';
import { loadInputs } from '../../batch/index.js';
import { instrumentsOfCriteria, renderStatesScaffold, statesOfRecords } from '../../casework/index.js';
import { ALPHA2_TO_ENGLISH_NAME, isUserAssignedCode } from '../../schema/index.js';
import type { CommandContext } from '../command-context.js';
import { EXIT, UsageError } from '../errors.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `atra context init RECORDS... --out DIR`: a states.yaml for the case, every field left for the officer. */
export function registerContextInit(group: Command, context: CommandContext): void {
  group
    .command('init')
    .description('write a states.yaml naming every state the records name, each field left unknown with what to establish and where to look')
    .argument('<records...>', 'record files of the case')
    .requiredOption('--out <dir>', 'folder to write states.yaml into')
    .option('--criteria <path>', 'criteria set whose treaty questions the profile lists (default att; repeatable)', collect, [])
    .option('--force', 'overwrite an existing states.yaml')
    .action(async (files: string[], options: { out: string; criteria: string[]; force?: boolean }) => {
      const { io } = context;
      const target = join(options.out, 'states.yaml');
      if (existsSync(target) && !options.force) throw new UsageError(`${target} exists: it may hold the officer's work`, 'choose another --out folder, or add --force to overwrite it');
      const { setup, diagnostics } = await loadSetup(options.criteria, [], false);
      if (!setup) return context.fail(diagnostics);
      const inputs = await loadInputs(files, io.readStdin);
      for (const error of inputs.errors) io.stderr(`${error.source}  error  ${error.message}\n`);
      if (inputs.errors.length || inputs.unreadable) context.setExit(inputs.unreadable ? EXIT.usage : EXIT.threshold);
      const records = inputs.records.map(r => r.record);
      const states = statesOfRecords(records);
      const names = new Map([...states.keys()].flatMap(code => {
        const name = isUserAssignedCode(code) ? undefined : ALPHA2_TO_ENGLISH_NAME.get(code);
        return name ? [[code, name] as [string, string]] : [];
      }));
      const instruments = instrumentsOfCriteria(setup.compiled.criteria.map(c => c.criterion.when));
      const text = renderStatesScaffold({ states, names, instruments, today: io.now().toISOString().slice(0, 10), records: records.map(r => r.id) });
      await mkdir(options.out, { recursive: true });
      await writeFile(target, text);
      io.stdout(`Wrote ${target}: ${states.size} state${states.size === 1 ? '' : 's'} (${[...states.keys()].join(', ')}), ${instruments.length} instruments to check, nothing filled in.\n` +
        `Next: establish each field from its source, then: atra assess ${files.join(' ')} --context ${options.out}\n`);
    });
}
