/* The words and defaults of party screening, without zod: the engine screens with them. */

/** Whether a listed entry names a person or an organisation. */
export const LISTED_TYPES = ['individual', 'entity'] as const;
export type ListedType = (typeof LISTED_TYPES)[number];

/** The thresholds when a policy has no `screening:` block (the same shape as `ScreeningPolicy`). */
export const DEFAULT_SCREENING: { strong: number; possible: number; possible_level?: string | undefined } = { strong: 0.91, possible: 0.66 };

/** What an officer decided about a screening hit. */
export const DISPOSITIONS = ['false-positive', 'true-match'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];
