import type { Command } from 'commander';
import { loadContext } from '../../loader/index.js';
import { existsSync } from 'node:fs';
import { BUILTIN_CONTEXTS, resolveContextDir } from '../../loader/index.js';
import { DEFAULT_UN_LIST_MAP, importUnList } from '../../usecases/index.js';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../errors.js';
import { registerContextInit } from './context-init.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

interface ImportOptions {
  out: string;
  map: string[];
  asOf?: string;
  context: string[];
  defaultContext: boolean;
  lowQualityAliases: boolean;
}

/**
 * `atra context init RECORDS... --out DIR` (a case's states.yaml to fill in) and `atra context import
 * un-list FILE.xml --out DIR` (sanctions lists as context files).
 */
export function registerContext(program: Command, context: CommandContext): void {
  const group = program.command('context').description('context folders: scaffold a case\'s states.yaml, or import a published list');
  registerContextInit(group, context);
  group
    .command('import')
    .description('convert a published list into a dated, sourced context file')
    .argument('<kind>', 'the kind of list: un-list (UN Security Council Consolidated List XML)')
    .argument('<file>', 'the list file')
    .requiredOption('--out <dir>', 'folder to write embargoes.yaml into (use it with --context)')
    .option('--map <type=embargo>', `put a UN_LIST_TYPE's entries into an embargo (repeatable; defaults: ${Object.entries(DEFAULT_UN_LIST_MAP).map(([k, v]) => `${k}=${v}`).join(', ')})`, collect, [])
    .option('--as-of <date>', 'the date the list speaks for (default: its dateGenerated)')
    .option('--context <dir>', 'context folder holding the embargoes to extend, over the built-in one (repeatable)', collect, [])
    .option('--no-default-context', 'do not load the built-in context')
    .option('--low-quality-aliases', 'keep aliases the list marks as low quality')
    .action(async (kind: string, file: string, options: ImportOptions) => {
      if (kind !== 'un-list') throw new UsageError(`unknown list kind "${kind}"`, 'use un-list');
      const map: Record<string, string> = { ...DEFAULT_UN_LIST_MAP };
      for (const pair of options.map) {
        const [type, id] = pair.split('=');
        if (!type || !id) throw new UsageError(`--map takes TYPE=EMBARGO-ID; got ${pair}`, 'write e.g. --map DRC=un-cd-listed');
        map[type] = id;
      }
      const loaded = await loadContext([...(options.defaultContext ? [BUILTIN_CONTEXTS.un as string] : []), ...options.context.map(dir => resolveContextDir(dir, existsSync))]);
      if (loaded.diagnostics.length) return context.fail(loaded.diagnostics);
      let result;
      try {
        result = await importUnList(file, options.out, loaded.context, { map, asOf: options.asOf, lowQualityAliases: options.lowQualityAliases });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(code === 'ENOENT' ? `cannot read ${file}` : `${file}: ${(error as Error).message}`);
      }
      const counts = Object.entries(result.counts).map(([id, n]) => `${n} into ${id}`).join(', ') || 'none';
      context.io.stdout(`wrote ${result.file}: ${counts}\n`);
      for (const [type, n] of Object.entries(result.unmapped)) context.io.stdout(`  ${n} entr${n === 1 ? 'y' : 'ies'} of list type "${type}" not imported: no embargo mapped (add --map "${type}=EMBARGO-ID")\n`);
      for (const note of result.notes) context.io.stdout(`  note: ${note}\n`);
      context.io.stdout(`use it with: atra assess --context ${options.out} ...\n`);
    });
}
