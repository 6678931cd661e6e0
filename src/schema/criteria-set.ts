import { z } from 'zod';
import { KebabSchema, TextSchema } from './common.js';
import { MitigatorSchema } from './criterion.js';

/** A change an overlay makes to an inherited criterion. */
export const CriterionOverrideSchema = z.strictObject({
  level: KebabSchema.optional(),
  unknown_level: KebabSchema.optional(),
  mitigated_by: z.array(MitigatorSchema).optional(),
});

/** `set.yaml`: names a criteria set, its policy and its criteria, and what it extends. */
export const CriteriaSetSchema = z.strictObject({
  id: KebabSchema,
  version: z.union([z.string(), z.number()]).transform(String),
  title: TextSchema,
  description: TextSchema.optional(),
  /** A built-in set by name (`att`) or a path to another set, relative to this file. */
  extends: TextSchema.optional(),
  /** The decision policy file, relative to this file. Required unless inherited. */
  policy: TextSchema.optional(),
  /** Folders or files of criteria, relative to this file. */
  criteria: z.array(TextSchema).default(['criteria']),
  overrides: z.record(KebabSchema, CriterionOverrideSchema).optional(),
  /** Built-in context folders this set needs by default (`un`, `eu`), loaded unless --no-default-context. */
  context: z.array(KebabSchema).optional(),
  disable: z.array(z.strictObject({ id: KebabSchema, reason: TextSchema })).optional(),
});

export type CriteriaSet = z.infer<typeof CriteriaSetSchema>;
export type CriterionOverride = z.infer<typeof CriterionOverrideSchema>;
