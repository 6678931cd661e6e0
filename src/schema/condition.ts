import { z } from 'zod';
import { EMBARGO_AUTHORITIES, EMBARGO_ROLES, FIELD_COMPARATORS, FINDING_KINDS, RECORD_LISTS, STATE_ROLES, type RecordList } from './vocab.js';
import { KebabSchema, TextSchema } from './common.js';
import { EndUserCertificatePropertySchema, PROFILE_VALUES, checkProfileValues } from './condition-names.js';


/** A value a field can be compared with. */
export type Scalar = string | number | boolean;
const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]);


/** Compare one record field (or, inside `some`/`every`, one field of the list element). */
export interface FieldTest {
  field: string;
  equals?: Scalar | undefined;
  in?: Scalar[] | undefined;
  not_in?: Scalar[] | undefined;
  present?: boolean | undefined;
  contains?: string | undefined;
  at_least?: number | undefined;
  at_most?: number | undefined;
  /** A date field no more than N years before the record's date (and not after it). */
  within_years?: number | undefined;
}

/** "An embargo in force on the record's date covers this destination, item category and end-user type." */
export interface EmbargoTest {
  embargo: { authority?: (typeof EMBARGO_AUTHORITIES)[number][] | undefined; parties?: (typeof EMBARGO_ROLES)[number][] | undefined };
}

/** "A finding of kind K, about the end user's type, in the last N years, not addressed." */
export interface FindingTest {
  finding: {
    state?: (typeof STATE_ROLES)[number] | undefined;
    kinds: (typeof FINDING_KINDS)[number][];
    within_years?: number | undefined;
    unaddressed?: boolean | undefined;
    about_end_user_type?: boolean | undefined;
    /** Only findings that name the end user itself (`actor` equal to `end_user.name`). */
    same_actor?: boolean | undefined;
  };
}

/** "The exporting state is party to instrument T" (or, with `any_of`, to at least one of them). */
export interface PartyToTest {
  party_to: { state: (typeof STATE_ROLES)[number]; instrument?: string | undefined; any_of?: string[] | undefined };
}

/** A fact from a state's profile, such as its armed-conflict situation. */
export interface ProfileTest {
  profile: { state: (typeof STATE_ROLES)[number]; field: 'att' | 'armed_conflict'; in: string[] };
}

/** "The document is present and has properties P." */
export interface DocumentTest {
  document: { name: 'end_user_certificate'; has: string[] };
}

/** The condition tree of a criterion: all/any/not over the operators above. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { some: RecordList; where: Condition }
  | { every: RecordList; where: Condition }
  | FieldTest
  | EmbargoTest
  | FindingTest
  | PartyToTest
  | ProfileTest
  | DocumentTest;

const FieldTestSchema = z
  .strictObject({
    field: TextSchema,
    equals: ScalarSchema.optional(),
    in: z.array(ScalarSchema).min(1).optional(),
    not_in: z.array(ScalarSchema).min(1).optional(),
    present: z.boolean().optional(),
    contains: z.string().optional(),
    at_least: z.number().optional(),
    at_most: z.number().optional(),
    within_years: z.number().int().positive().optional(),
  })
  .refine(test => FIELD_COMPARATORS.filter(key => test[key] !== undefined).length === 1, {
    error: `a field test needs exactly one of ${FIELD_COMPARATORS.join(', ')}`,
  });

/** The recursive condition schema. Each branch is strict so that a typo is an error, not a silent pass. */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ some: z.enum(RECORD_LISTS), where: ConditionSchema }),
    z.strictObject({ every: z.enum(RECORD_LISTS), where: ConditionSchema }),
    FieldTestSchema,
    z.strictObject({
      embargo: z.strictObject({
        authority: z.array(z.enum(EMBARGO_AUTHORITIES)).min(1).optional(),
        parties: z.array(z.enum(EMBARGO_ROLES)).min(1).optional(),
      }),
    }),
    z.strictObject({
      finding: z.strictObject({
        state: z.enum(STATE_ROLES).optional(),
        kinds: z.array(z.enum(FINDING_KINDS)).min(1),
        within_years: z.number().int().positive().optional(),
        unaddressed: z.boolean().optional(),
        about_end_user_type: z.boolean().optional(),
        same_actor: z.boolean().optional(),
      }),
    }),
    z.strictObject({
      party_to: z
        .strictObject({ state: z.enum(STATE_ROLES), instrument: KebabSchema.optional(), any_of: z.array(KebabSchema).min(1).optional() })
        .refine(test => (test.instrument === undefined) !== (test.any_of === undefined), {
          error: 'party_to needs exactly one of instrument or any_of',
        }),
    }),
    z.strictObject({
      profile: z
        .strictObject({
          state: z.enum(STATE_ROLES),
          field: z.enum(['att', 'armed_conflict']),
          in: z.array(z.string().meta({ enum: [...PROFILE_VALUES] })).min(1),
        })
        .superRefine(checkProfileValues),
    }),
    z.strictObject({
      document: z.strictObject({ name: z.literal('end_user_certificate'), has: z.array(EndUserCertificatePropertySchema).min(1) }),
    }),
  ]),
);
