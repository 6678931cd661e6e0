import { z } from 'zod';
import { IsoDateSchema, KebabSchema, TextSchema } from './common.js';
import { DECISIONS } from './vocab.js';

/** What an officer can advise, as UK LITE names it; `approve-with-provisos` maps to approve-with-conditions. */
export const ADVICE_TYPES = ['approve', 'approve-with-provisos', 'refuse', 'no-licence-required'] as const;
export type AdviceType = (typeof ADVICE_TYPES)[number];

/** An officer's advice on one record. */
export const AdviceStatementSchema = z.strictObject({
  kind: z.literal('advice'),
  record: TextSchema,
  officer: TextSchema,
  date: IsoDateSchema,
  advice: z.enum(ADVICE_TYPES),
  provisos: z.array(TextSchema).min(1).optional(),
  reason: TextSchema,
});

/** A countersignature: a second officer's agreement with one advice statement, named by its sha256. */
export const CountersignatureSchema = z.strictObject({
  kind: z.literal('countersignature'),
  record: TextSchema,
  officer: TextSchema,
  date: IsoDateSchema,
  advice_sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected the sha256 of the advice statement, 64 hex digits' }),
  agrees: z.boolean().default(true),
  reason: TextSchema.optional(),
});

/** One statement of an advice file: the file is a YAML list, appended to, never rewritten. */
export const StatementSchema = z.discriminatedUnion('kind', [AdviceStatementSchema, CountersignatureSchema]);
export const StatementsFileSchema = z.array(StatementSchema);

export type AdviceStatement = z.infer<typeof AdviceStatementSchema>;
export type Countersignature = z.infer<typeof CountersignatureSchema>;
export type Statement = z.infer<typeof StatementSchema>;

/** A rule of the policy's `countersigning` block: when advice needs countersignatures, and how many. */
export const CountersignRuleSchema = z.strictObject({
  id: KebabSchema,
  description: TextSchema,
  /** The advice given is one of these. */
  advice: z.array(z.enum(ADVICE_TYPES)).min(1).optional(),
  /** atra's recommendation was one of these (e.g. refuse: advice to approve overturns it). */
  recommendation: z.array(z.enum(DECISIONS)).min(1).optional(),
  /** An item of the record carries one of these flags (e.g. manpads, anti-personnel-mine). */
  item_flags: z.array(KebabSchema).min(1).optional(),
  /** How many countersignatures, each by a different officer, none by the adviser. */
  required: z.number().int().min(1).max(5),
});

/** The policy's `countersigning` block. */
export const CountersigningPolicySchema = z.strictObject({
  rules: z.array(CountersignRuleSchema).min(1),
});

export type CountersignRule = z.infer<typeof CountersignRuleSchema>;
export type CountersigningPolicy = z.infer<typeof CountersigningPolicySchema>;
