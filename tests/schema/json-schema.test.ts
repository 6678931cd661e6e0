import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { type JsonSchemaName } from '../../src/schema/index.js';
import { JSON_SCHEMA_SOURCES, jsonSchemaFor } from '../../src/schema/schemas.js';
import { assessFiles } from '../../src/usecases/assess-files.js';

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = Object.fromEntries(
  (Object.keys(JSON_SCHEMA_SOURCES) as JsonSchemaName[]).map(name => [name, ajv.compile(jsonSchemaFor(name))]),
) as Record<JsonSchemaName, ReturnType<typeof ajv.compile>>;

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

function kindOf(path: string): JsonSchemaName | undefined {
  if (path.endsWith('.cases.yaml')) return 'cases';
  if (path.endsWith('/set.yaml')) return 'set';
  if (path.endsWith('/policy.yaml')) return 'policy';
  if (path.endsWith('/states.yaml')) return 'states';
  if (path.endsWith('/embargoes.yaml')) return 'embargoes';
  if (path.includes('/criteria/')) return 'criterion';
  return undefined;
}

describe('JSON Schemas generated from the zod schemas', () => {
  it.each(Object.keys(JSON_SCHEMA_SOURCES))('%s is a valid draft 2020-12 JSON Schema', name => {
    const schema = jsonSchemaFor(name as JsonSchemaName);
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  const good = filesUnder('fixtures/applications', /\.(ya?ml|json)$/).filter(f => !f.endsWith('batch.yaml'));
  it.each(good)('record fixture %s validates', file => {
    const value = parse(readFileSync(file, 'utf8'));
    expect(validators.record(value), JSON.stringify(validators.record.errors)).toBe(true);
  });

  it('the bad batch fails the record schema', () => {
    expect(validators.record(parse(readFileSync('fixtures/applications/batch.yaml', 'utf8')))).toBe(false);
  });

  const builtIn = [...filesUnder('criteria', /\.ya?ml$/), ...filesUnder('fixtures/criteria/overlay', /\.ya?ml$/)]
    .filter(f => !f.endsWith('_base.yaml'))
    .map(f => [f, kindOf(f)] as const)
    .filter((entry): entry is readonly [string, JsonSchemaName] => entry[1] !== undefined);
  it.each(builtIn)('%s validates as %s', (file, kind) => {
    const value = parse(readFileSync(file, 'utf8'));
    expect(validators[kind](value), JSON.stringify(validators[kind].errors)).toBe(true);
  });

  it('a generated report validates against the report schema', async () => {
    const { report } = await assessFiles({ files: ['fixtures/applications/batch.yaml', 'fixtures/applications/06-refuse-ihl.yaml'], criteria: [], context: [], defaultContext: true, assessedAt: '2026-11-22T00:00:00Z', readStdin: async () => '' });
    const value = JSON.parse(JSON.stringify(report));
    expect(validators.report(value), JSON.stringify(validators.report.errors)).toBe(true);
  });
});
