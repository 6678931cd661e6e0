import { z } from 'zod';
import {
  ARMED_CONFLICT,
  EMBARGO_DIRECTIONS,
  ATT_STATUSES,
  EMBARGO_AUTHORITIES,
  EMBARGO_SCOPES,
  END_USER_TYPES,
  FINDING_KINDS,
  ITEM_CATEGORIES,
} from './vocab.js';
import { CountryCodeSchema, IsoDateSchema, KebabSchema, TextSchema } from './common.js';
import { ListedEntrySchema } from './screening.js';

/** A finding of a competent body (UN, regional court, commission) about a state's forces. */
export const FindingSchema = z.strictObject({
  kind: z.enum(FINDING_KINDS),
  actor_type: z.enum(END_USER_TYPES).optional(),
  actor: z.string().optional(),
  date: IsoDateSchema,
  addressed: z.boolean().optional(),
  body: TextSchema.optional(),
  summary: TextSchema.optional(),
  source: TextSchema.optional(),
  checked_on: IsoDateSchema.optional(),
});

/** What the assessment knows about one state. */
export const StateProfileSchema = z.strictObject({
  name: TextSchema.optional(),
  fictional: z.boolean().optional(),
  att: z.enum(ATT_STATUSES).optional(),
  treaties: z.array(KebabSchema).optional(),
  armed_conflict: z.enum(ARMED_CONFLICT).optional(),
  findings: z.array(FindingSchema).optional(),
  profile: TextSchema.optional(),
  source: TextSchema.optional(),
  checked_on: IsoDateSchema.optional(),
});

/** `states.yaml`: dated, sourced profiles keyed by state code. */
export const StatesFileSchema = z.strictObject({
  as_of: IsoDateSchema,
  sources: z.array(TextSchema).min(1, { error: 'list at least one source' }),
  notes: TextSchema.optional(),
  states: z.record(CountryCodeSchema, StateProfileSchema),
});

/** One arms embargo (contract §2). `target: any` is for regimes aimed at listed groups wherever they are. */
export const EmbargoSchema = z.strictObject({
  id: KebabSchema,
  title: TextSchema.optional(),
  authority: z.enum(EMBARGO_AUTHORITIES),
  basis: TextSchema,
  resolutions: z.array(TextSchema).optional(),
  target: z.union([z.literal('any'), CountryCodeSchema]),
  scope: z.enum(EMBARGO_SCOPES),
  /** With scope listed: each entry a name, or `{ name, aliases, country?, type?, reference?, listed_on? }`. */
  listed: z.array(ListedEntrySchema).default([]),
  categories: z.union([z.literal('all'), z.array(z.enum(ITEM_CATEGORIES)).min(1)]),
  exempt_end_user_types: z.array(z.enum(END_USER_TYPES)).default([]),
  /**
   * End-user types that may be exempt only through a procedure the record cannot show (a sanctions
   * committee's approval or a notification): the officer must check it, so the embargo is unknown for them.
   */
  review_end_user_types: z.array(z.enum(END_USER_TYPES)).min(1).optional(),
  exemptions: z.array(TextSchema).optional(),
  /**
   * Transfers authorized by one of these bodies are exempt (e.g. UNSCR 1701 para 15: the Government
   * of Lebanon or UNIFIL). The record shows such an authorization in `authorizations`.
   */
  exempt_if_authorized_by: z.array(TextSchema).min(1).optional(),
  /**
   * With `scope: listed`: a destination and end-user type that the officer must check against the list
   * even when no name matches (e.g. the Taliban administration under the 1988 regime).
   */
  review_when: z
    .array(
      z.strictObject({
        state: CountryCodeSchema,
        end_user_types: z.array(z.enum(END_USER_TYPES)).min(1).optional(),
        reason: TextSchema,
      }),
    )
    .min(1)
    .optional(),
  /** `to`: transfers to the target (the default); `from`: procurement from the target is banned too. */
  directions: z.array(z.enum(EMBARGO_DIRECTIONS)).min(1).default(['to']),
  /** A part of the target state the embargo is confined to (e.g. Darfur); atra cannot tell it from a record. */
  region: TextSchema.optional(),
  from: IsoDateSchema,
  until: IsoDateSchema.nullable(),
  status_note: TextSchema.optional(),
  source: TextSchema.optional(),
  checked_on: IsoDateSchema.optional(),
  /**
   * The measures are known to have ended on `until` (terminated, or replaced by a later entry of the
   * same regime), so no renewal is possible: after `until` the entry is not in force, without a re-check.
   */
  ended: z.boolean().optional(),
  /** `false`: the entry could not be checked against its source; it then carries no `checked_on`. */
  verified: z.boolean().optional(),
});

/** `embargoes.yaml`. */
export const EmbargoesFileSchema = z.strictObject({
  as_of: IsoDateSchema,
  sources: z.array(TextSchema).min(1, { error: 'list at least one source' }),
  notes: TextSchema.optional(),
  /**
   * The authorities whose embargoes this file lists in full (default: those of its entries). An
   * embargo check for an authority no loaded file covers is unknown, never clear.
   */
  covers: z.array(z.enum(EMBARGO_AUTHORITIES)).min(1).optional(),
  embargoes: z.array(EmbargoSchema),
});

export type ContextFinding = z.infer<typeof FindingSchema>;
export type StateProfile = z.infer<typeof StateProfileSchema>;
export type Embargo = z.infer<typeof EmbargoSchema>;
export type StatesFile = z.infer<typeof StatesFileSchema>;
export type EmbargoesFile = z.infer<typeof EmbargoesFileSchema>;
