import { z } from 'zod';
import { CRITERION_KINDS, DECISIONS } from './vocab.js';
import { ConditionSchema } from './condition.js';
import { KebabSchema, TextSchema } from './common.js';
import { BasisSchema } from './basis.js';
import { ScreeningPolicySchema } from './screening.js';
import { CountersigningPolicySchema } from './advice.js';

/** A level a criterion can set, and the decision it leads to. */
export const LevelSchema = z.strictObject({
  id: KebabSchema,
  decision: z.enum(DECISIONS),
  /** A gate ends the assessment: the other criteria become not-applicable (ATT 2(3), no 2(1) item). */
  gate: z.boolean().optional(),
  /**
   * Levels that take precedence over this one: while any finding of the record is at one of them, this
   * level does not set the decision. Officer checks wait for the applicant's missing documents, so an
   * application missing most facts reads as incomplete, not review.
   */
  yields_to: z.array(KebabSchema).min(1).optional(),
  description: TextSchema,
});

const DerivedExplainSchema = z.strictObject({
  triggered: TextSchema,
  clear: TextSchema,
  unknown: TextSchema,
  not_applicable: TextSchema,
});

/** What every policy-derived finding (7(2), 7(3)) has: it reads in reports like a criterion. */
const DerivedFindingShape = {
  id: KebabSchema,
  /** The articles whose findings this one weighs, e.g. ATT 7 (an overlay's EU criteria are not ATT 7 risks). */
  articles: z.array(TextSchema).min(1),
  title: TextSchema,
  basis: z.array(BasisSchema).min(1),
  question: TextSchema,
  explain: DerivedExplainSchema,
};

/** ATT 7(2)/11(2): how agreed mitigation measures lower a risk level along the risk scale. */
export const MitigationPolicySchema = z.strictObject({
  ...DerivedFindingShape,
  steps: z.number().int().min(1),
  floor: KebabSchema,
  /** The basis cited for the risks of each article, e.g. ATT 7 -> ATT 7(2); default: all of `basis`. */
  article_basis: z.record(z.string(), z.array(BasisSchema).min(1)).optional(),
  /** Situations where mitigation may not lower a risk below a level (e.g. recent unaddressed violations in a conflict). */
  never_below: z
    .array(z.strictObject({ id: KebabSchema, level: KebabSchema, description: TextSchema, when: ConditionSchema }))
    .min(1)
    .optional(),
});

/** What an unknown leads to, by who can supply the missing fact. */
export const UnknownsPolicySchema = z.strictObject({
  applicant: KebabSchema,
  officer: KebabSchema,
  condition: KebabSchema,
});

/** ATT 7(3): when a residual risk, after mitigation, is overriding. */
export const OverridingPolicySchema = z.strictObject({
  ...DerivedFindingShape,
  kinds: z.array(z.enum(CRITERION_KINDS)).min(1),
  at_or_above: KebabSchema,
  level: KebabSchema,
});

/** The decision policy: how statuses and levels become one of the contract's decisions. */
export const PolicySchema = z.strictObject({
  id: KebabSchema,
  version: z.union([z.string(), z.number()]).transform(String),
  title: TextSchema,
  levels: z.array(LevelSchema).min(1),
  risk_scale: z.array(KebabSchema).min(2),
  unknown_default: KebabSchema,
  /** Unknowns by who can supply the missing fact; without it every unknown takes `unknown_default`. */
  unknowns: UnknownsPolicySchema.optional(),
  mitigation: MitigationPolicySchema,
  overriding: OverridingPolicySchema,
  reminder: TextSchema,
  /** Name-screening thresholds; optional, so policies written before screening keep loading. */
  screening: ScreeningPolicySchema.optional(),
  /** `atra lint` warns when a state profile's `checked_on` is older than this many days. */
  profile_max_age_days: z.number().int().positive().optional(),
  /** Which advice needs countersignatures, and how many (advice and countersigning files). */
  countersigning: CountersigningPolicySchema.optional(),
});

export type Level = z.infer<typeof LevelSchema>;
export type MitigationPolicy = z.infer<typeof MitigationPolicySchema>;
export type OverridingPolicy = z.infer<typeof OverridingPolicySchema>;
export type Policy = z.infer<typeof PolicySchema>;
export type UnknownsPolicy = z.infer<typeof UnknownsPolicySchema>;
