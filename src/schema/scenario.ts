import { z } from 'zod';
import { KebabSchema, TextSchema } from './common.js';
import { DECISIONS, STATUSES } from './vocab.js';

/**
 * A trainee's answer on one criterion; `cannot-tell` is the trainee's word for unknown, and `yes` / `no`
 * answer the exercise's one question ("does this risk or prohibition apply?"): yes is triggered.
 */
export const AnswerStatusSchema = z.preprocess(
  value => (value === 'yes' ? 'triggered' : value === 'no' ? 'clear' : value),
  z.enum(['triggered', 'clear', 'cannot-tell', 'unknown', 'not-applicable']),
);

/** Where the model answer deliberately departs from the engine, and why (a teaching point in itself). */
export const DisagreementSchema = z.strictObject({
  criterion: KebabSchema,
  model: z.enum(STATUSES),
  engine: z.enum(STATUSES),
  reason: TextSchema,
});

/** A training scenario: the brief, the application, and the reasoned model answer. */
export const ScenarioSchema = z.strictObject({
  id: KebabSchema,
  title: TextSchema,
  difficulty: z.enum(['introductory', 'intermediate', 'advanced']),
  criteria: TextSchema.optional(),
  brief: TextSchema,
  record: z.record(z.string(), z.unknown()),
  model_answer: z.strictObject({
    decision: z.enum(DECISIONS),
    statuses: z.record(KebabSchema, z.enum(STATUSES)),
    teaching_points: z.array(TextSchema).min(1),
    disagreements: z.array(DisagreementSchema).optional(),
  }),
});

/** A filled-in answers file, from `atra exercise --template` or from the interactive run. */
export const AnswersSchema = z.strictObject({
  scenario: KebabSchema,
  trainee: TextSchema,
  decision: z.enum(DECISIONS).nullable().optional(),
  // A blank template leaves `status:` and `decision:` empty (null): that reads as no answer.
  criteria: z.record(KebabSchema, z.strictObject({ status: AnswerStatusSchema.nullable().optional(), reason: z.string().nullable().optional() })).default({}),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type Answers = z.infer<typeof AnswersSchema>;
