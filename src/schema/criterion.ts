import { z } from 'zod';
import { ACTIVITIES, CRITERION_KINDS, ITEM_CATEGORIES, ITEM_CLASSES } from './vocab.js';
import { KebabSchema, TextSchema } from './common.js';
import { BasisSchema } from './basis.js';
import { ConditionSchema } from './condition.js';

/** What a criterion applies to. Unstated parts apply to everything, except `categories`: see below. */
export const AppliesToSchema = z.strictObject({
  classes: z.array(z.enum(ITEM_CLASSES)).min(1).optional(),
  activities: z.array(z.enum(ACTIVITIES)).min(1).optional(),
  /** `all` includes `other` (non-2(1)) items; the default is the eight ATT 2(1) categories. */
  categories: z.union([z.literal('all'), z.array(z.enum(ITEM_CATEGORIES)).min(1)]).optional(),
});

/** Plain-language templates, one per status; `{{path}}` placeholders are filled from the facts. */
export const ExplainSchema = z.strictObject({
  triggered: TextSchema,
  clear: TextSchema,
  unknown: TextSchema,
  not_applicable: TextSchema.optional(),
});

/** One criterion: the question an officer answers, turned into data. */
export const CriterionSchema = z.strictObject({
  id: KebabSchema,
  version: z.union([z.string(), z.number()]).transform(String),
  title: TextSchema,
  kind: z.enum(CRITERION_KINDS),
  basis: z.array(BasisSchema).min(1),
  question: TextSchema,
  description: TextSchema.optional(),
  applies_to: AppliesToSchema.optional(),
  when: ConditionSchema,
  level: KebabSchema,
  unknown_level: KebabSchema.optional(),
  mitigated_by: z.array(KebabSchema).optional(),
  explain: ExplainSchema,
  tasks: z.strictObject({ triggered: TextSchema.optional(), unknown: TextSchema.optional() }).optional(),
  indicators: z.array(TextSchema).optional(),
  sources: z.array(TextSchema).optional(),
});

export type AppliesTo = z.infer<typeof AppliesToSchema>;
export type Explain = z.infer<typeof ExplainSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
