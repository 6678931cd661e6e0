import { z } from 'zod';
import { CountryCodeSchema, IsoDateSchema, KebabSchema, TextSchema } from './common.js';
import { DEFAULT_SCREENING, DISPOSITIONS, LISTED_TYPES } from './screening-vocab.js';


/**
 * One listed person or group of a `scope: listed` embargo (contract §2), in its full form: the name,
 * its aliases, and what the list says about it. Country and type are evidence that can argue against
 * a name match; `listed_on` keeps an entry out of screening for records dated before it was listed.
 */
export const ListedEntryObjectSchema = z.strictObject({
  name: TextSchema,
  aliases: z.array(TextSchema).default([]),
  country: CountryCodeSchema.optional(),
  type: z.enum(LISTED_TYPES).optional(),
  reference: TextSchema.optional(),
  listed_on: IsoDateSchema.optional(),
});

/** A listed entry: a bare name, or `{ name, aliases, country?, type?, reference?, listed_on? }`. */
export const ListedEntrySchema = z.union([TextSchema, ListedEntryObjectSchema]);

export type ListedEntryInput = z.infer<typeof ListedEntrySchema>;
export type ListedEntryObject = z.infer<typeof ListedEntryObjectSchema>;

/**
 * The policy's screening thresholds. A name match at or above `strong` counts as the listed party;
 * between `possible` and `strong` it is a possible match for the officer to resolve, and the finding
 * takes `possible_level` (when the policy sets one) instead of the criterion's unknown level.
 */
export const ScreeningPolicySchema = z
  .strictObject({
    strong: z.number().min(0).max(1).default(DEFAULT_SCREENING.strong),
    possible: z.number().min(0).max(1).default(DEFAULT_SCREENING.possible),
    possible_level: KebabSchema.optional(),
  })
  .refine(value => value.possible <= value.strong, { error: 'possible must not be above strong', path: ['possible'] });

export type ScreeningPolicy = z.infer<typeof ScreeningPolicySchema>;


/**
 * One recorded decision on a screening hit. It names the exact party name and the exact listed name
 * (or alias) that were compared, so it lapses on its own when either changes: a renamed party or an
 * edited list entry is screened afresh.
 */
export const ScreeningDecisionSchema = z.strictObject({
  party: TextSchema,
  listed: TextSchema,
  /** The embargo whose list holds the entry; absent means any list naming `listed`. */
  embargo: KebabSchema.optional(),
  /** The list's reference for the entry (e.g. a UN reference number), when it has one. */
  reference: TextSchema.optional(),
  disposition: z.enum(DISPOSITIONS),
  officer: TextSchema,
  date: IsoDateSchema,
  /** Why; required (lint and assess reject a decision without one), optional here so the check can say so. */
  reason: z.string().optional(),
  expires: IsoDateSchema,
});

/** `screening-decisions.yaml`. */
export const ScreeningDecisionsFileSchema = z.strictObject({
  decisions: z.array(ScreeningDecisionSchema),
});

export type ScreeningDecision = z.infer<typeof ScreeningDecisionSchema>;
export type ScreeningDecisionsFile = z.infer<typeof ScreeningDecisionsFileSchema>;
