import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, KebabSchema, TextSchema } from './common.js';

/**
 * What a determination is about: one record (optionally one of its parties), or one state's profile.
 * A party is named by its place in the record (`end_user`, `importer`, `brokers[0]`, `transit[1]`).
 */
export const DeterminationSubjectSchema = z.union([
  z.strictObject({ record: TextSchema, party: z.string().regex(/^(exporter|importer|end_user|brokers\[\d+\]|transit\[\d+\])$/, { error: 'expected exporter, importer, end_user, brokers[N] or transit[N]' }).optional() }),
  z.strictObject({ state: CountryCodeSchema }),
]);

/**
 * One officer determination: a fact settled, or a judgement given, with who made it, when, why, on
 * what evidence and until when. `reason` and `expires` are optional to load so that a file missing
 * them still loads: lint reports them, and assess ignores such a determination with a warning.
 */
export const DeterminationSchema = z.strictObject({
  id: KebabSchema,
  subject: DeterminationSubjectSchema,
  /** A dotted field path: in the record (relative to the party, when one is named) or in the state's profile. */
  field: z.string().regex(/^[a-z_]+(?:\[\d+\])?(?:\.[a-z_0-9]+(?:\[\d+\])?)*$/, { error: 'expected a field path such as end_user_certificate.authenticated' }),
  value: z.unknown(),
  officer: TextSchema,
  date: IsoDateSchema,
  reason: TextSchema.optional(),
  sources: z.array(TextSchema).optional(),
  expires: IsoDateSchema.optional(),
});

/** `determinations.yaml`: the officer's determinations for a case, and optionally the record files they concern. */
export const DeterminationsFileSchema = z.strictObject({
  /** Record files of the case, relative to this file: lint uses them to find orphaned determinations. */
  records: z.array(TextSchema).optional(),
  determinations: z.array(DeterminationSchema),
});

export type Determination = z.infer<typeof DeterminationSchema>;
export type DeterminationsFile = z.infer<typeof DeterminationsFileSchema>;

/** A determination with the place it was written, for evidence lines and diagnostics. */
export interface SourcedDetermination {
  readonly determination: Determination;
  /** `file:line:col` of the entry. */
  readonly origin: string;
}
