import { z } from 'zod';
import { TransferRecordSchema } from './record.js';
import { EmbargoesFileSchema, StatesFileSchema } from './context.js';
import { CriterionSchema } from './criterion.js';
import { PolicySchema } from './policy.js';
import { CriteriaSetSchema } from './criteria-set.js';
import { CaseFileSchema } from './case.js';
import { ReportSchema } from './report.js';
import { ScreeningDecisionsFileSchema } from './screening.js';
import { DeterminationsFileSchema } from './determination.js';
import { StatementsFileSchema } from './advice.js';

const RecordFileSchema = z.union([TransferRecordSchema, z.array(TransferRecordSchema)]);

/**
 * The schemas `atra schema NAME` prints. The contract's four names (record, criteria, context, report)
 * accept any file of that family; the narrower names are better for one editor association per file.
 */
export const JSON_SCHEMA_SOURCES = {
  record: RecordFileSchema,
  criteria: z.union([CriterionSchema, CriteriaSetSchema, PolicySchema]),
  context: z.union([StatesFileSchema, EmbargoesFileSchema]),
  report: ReportSchema,
  criterion: CriterionSchema,
  set: CriteriaSetSchema,
  policy: PolicySchema,
  states: StatesFileSchema,
  embargoes: EmbargoesFileSchema,
  cases: CaseFileSchema,
  'screening-decisions': ScreeningDecisionsFileSchema,
  determinations: DeterminationsFileSchema,
  advice: StatementsFileSchema,
} as const;

/** Names accepted by `atra schema`. */
export type JsonSchemaName = keyof typeof JSON_SCHEMA_SOURCES;

/**
 * A JSON Schema (draft 2020-12) generated from the zod schema, which stays the single source of truth.
 * Checks zod cannot express (a code that exists, a real calendar date) remain in atra's own validation.
 */
export function jsonSchemaFor(name: JsonSchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(JSON_SCHEMA_SOURCES[name], { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return { ...schema, $id: `urn:atra:schema:v1:${name}`, title: `atra ${name}` };
}
