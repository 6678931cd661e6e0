import { Argument, type Command } from 'commander';
import { type JsonSchemaName } from '../../schema/index.js';
import { JSON_SCHEMA_SOURCES, jsonSchemaFor } from '../../schema/schemas.js';
import type { CommandContext } from '../command-context.js';
import { emit } from '../output.js';

/** `atra schema [NAME]`: a JSON Schema generated from the zod schemas, for editors and CI. */
export function registerSchema(program: Command, context: CommandContext): void {
  program
    .command('schema')
    .description('print a JSON Schema (draft 2020-12) generated from atra\'s own validation schemas')
    .addArgument(new Argument('[name]', 'which schema').choices(Object.keys(JSON_SCHEMA_SOURCES)).default('record'))
    .option('--output <file>', 'write the schema to a file')
    .addHelpText('after', '\nEditors: put `# yaml-language-server: $schema=./record.schema.json` on the first line of a YAML file.')
    .action(async (name: JsonSchemaName, options: { output?: string }) => {
      await emit(context.io, `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`, options.output);
    });
}
