import { z } from 'zod';
import { ACTIVITIES, CRITERION_KINDS, ITEM_CATEGORIES, ITEM_CLASSES } from './vocab.js';
import { KebabSchema, TextSchema } from './common.js';
import { BasisSchema } from './basis.js';
import { ConditionSchema } from './condition.js';

const CategoriesSchema = z.union([z.literal('all'), z.array(z.enum(ITEM_CATEGORIES)).min(1)]);

/**
 * One kind of item a criterion covers, with the legal basis that is exact for it: for example ATT
 * 11(2) for 2(1) arms, and the Firearms Protocol for small-arms ammunition.
 */
export const ItemScopeSchema = z.strictObject({
  classes: z.array(z.enum(ITEM_CLASSES)).min(1).optional(),
  /** `all` includes `other` (non-2(1)) items; the default is the eight ATT 2(1) categories. */
  categories: CategoriesSchema.optional(),
  /** The basis for these items; the criterion's own `basis` when absent. */
  basis: z.array(BasisSchema).min(1).optional(),
  /** Says, in the not-applicable explanation, why other items are left out. */
  note: TextSchema.optional(),
});

/** What a criterion applies to. Unstated parts apply to everything, except `categories`: see below. */
export const AppliesToSchema = z.strictObject({
  classes: z.array(z.enum(ITEM_CLASSES)).min(1).optional(),
  activities: z.array(z.enum(ACTIVITIES)).min(1).optional(),
  /** `all` includes `other` (non-2(1)) items; the default is the eight ATT 2(1) categories. */
  categories: CategoriesSchema.optional(),
  /** Alternatives instead of `classes` × `categories`: an item is covered when one of them covers it. */
  items: z.array(ItemScopeSchema).min(1).optional(),
  /** Only own-use movements (`true`) or only other transfers (`false`); both when absent. */
  own_use_movement: z.boolean().optional(),
});

/** A measure that counts as ATT 7(2) / 11(2) mitigation, and the risk factors it addresses. */
export const MitigatorSchema = z.union([
  KebabSchema,
  z.strictObject({ measure: KebabSchema, addresses: z.array(KebabSchema).min(1) }),
]);

/**
 * A source of the risk a criterion identifies. A measure mitigates the criterion only when every
 * factor present for the record is addressed by an agreed measure (ICRC: a measure counts where it
 * addresses the source of the risk).
 */
export const RiskFactorSchema = z.strictObject({
  id: KebabSchema,
  description: TextSchema,
  when: ConditionSchema,
});

/** Plain-language templates, one per status; `{{path}}` placeholders are filled from the facts. */
export const ExplainSchema = z.strictObject({
  triggered: TextSchema,
  clear: TextSchema,
  unknown: TextSchema,
  not_applicable: TextSchema.optional(),
  /**
   * Why a criterion is clear, case by case: the first case whose condition holds gives the explanation,
   * so a file note says which part held instead of "A, or B". `clear` is the fallback.
   */
  clear_cases: z.array(z.strictObject({ when: z.lazy(() => ConditionSchema), text: TextSchema })).min(1).optional(),
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
  mitigated_by: z.array(MitigatorSchema).optional(),
  risk_factors: z.array(RiskFactorSchema).min(1).optional(),
  /**
   * Missing facts that a licence condition settles, by record path, with the condition's text. When
   * every missing fact is one of these, the unknown leads to the policy's `unknowns.condition` level.
   */
  licence_conditions: z.record(z.string(), TextSchema).optional(),
  /** The licence condition that settles this criterion when it is triggered (e.g. a route restriction). */
  condition: TextSchema.optional(),
  /** Still assessed when a gate (ATT 2(3)) takes the transfer out of the Treaty's scope. */
  survives_gates: z.boolean().optional(),
  explain: ExplainSchema,
  tasks: z.strictObject({ triggered: TextSchema.optional(), unknown: TextSchema.optional() }).optional(),
  indicators: z.array(TextSchema).optional(),
  sources: z.array(TextSchema).optional(),
});

export type AppliesTo = z.infer<typeof AppliesToSchema>;
export type ItemScope = z.infer<typeof ItemScopeSchema>;
export type Mitigator = z.infer<typeof MitigatorSchema>;
export type RiskFactor = z.infer<typeof RiskFactorSchema>;
export type Explain = z.infer<typeof ExplainSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
