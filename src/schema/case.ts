import { z } from 'zod';
import { KebabSchema, TextSchema } from './common.js';
import { DECISIONS, STATUSES } from './vocab.js';

/** What a case expects: the decision, and the status of named criteria. */
export const CaseExpectationSchema = z.strictObject({
  decision: z.enum(DECISIONS).optional(),
  statuses: z.record(KebabSchema, z.enum(STATUSES)).optional(),
});

/** One test case: a record (merged over the file's base) and what the engine must conclude. */
export const CaseSchema = z.strictObject({
  name: TextSchema,
  record: z.record(z.string(), z.unknown()).default({}),
  expect: CaseExpectationSchema,
});

/** A `*.cases.yaml` file: cases for one criterion (or several), sharing a base record. */
export const CaseFileSchema = z.strictObject({
  criterion: KebabSchema.optional(),
  /** The criteria set the cases run against, relative to this file; default: the nearest set.yaml above. */
  criteria: TextSchema.optional(),
  /** Context folders added over the built-in context, relative to this file. */
  context: z.array(TextSchema).optional(),
  /** A base record: inline, or the path of a YAML file holding one. */
  base: z.union([TextSchema, z.record(z.string(), z.unknown())]).optional(),
  cases: z.array(CaseSchema).min(1, { error: 'a cases file needs at least one case' }),
});

export type Case = z.infer<typeof CaseSchema>;
export type CaseFile = z.infer<typeof CaseFileSchema>;
