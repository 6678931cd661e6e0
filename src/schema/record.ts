import { z } from 'zod';
import {
  ACTIVITIES,
  END_USER_TYPES,
  EUC_ISSUERS,
  ITEM_CATEGORIES,
  ITEM_CLASSES,
  LICENCE_STATUSES,
  SALW_SUBCATEGORIES,
} from './vocab.js';
import { CountryCodeSchema, IdSchema, IsoDateSchema, KebabSchema, TextSchema } from './common.js';

/** A party identified by its state and name (exporter, importer). */
export const PartySchema = z.strictObject({
  state: CountryCodeSchema.optional(),
  name: TextSchema.optional(),
});

/** The end user: who will finally use the items. */
export const EndUserSchema = z.strictObject({
  name: TextSchema.optional(),
  state: CountryCodeSchema.optional(),
  type: z.enum(END_USER_TYPES).optional(),
});

/** One line of the application: a 2(1) arm, Art 3 ammunition or Art 4 parts, or something else. */
export const ItemSchema = z.strictObject({
  category: z.enum(ITEM_CATEGORIES),
  class: z.enum(ITEM_CLASSES),
  description: TextSchema.optional(),
  quantity: z.number().int().positive().optional(),
  value_usd: z.number().nonnegative().optional(),
  flags: z.array(KebabSchema).optional(),
  /** UN Register SALW subcategory, for small-arms and light-weapons items (annual reports group by it). */
  salw_subcategory: z.enum(SALW_SUBCATEGORIES).optional(),
  /** Where the item was made, when not in the exporting state (a re-export): the UN Register's "State of origin (if not exporter)". */
  origin_state: CountryCodeSchema.optional(),
});

/** The licensing authority's recorded outcome of the application. Absent means none recorded. */
export const LicenceSchema = z.strictObject({
  status: z.enum(LICENCE_STATUSES),
  /** The date of the decision: the authorization, refusal or revocation. */
  date: IsoDateSchema,
  reference: TextSchema.optional(),
});

/** What one shipment under the licence carried of one item; absent figures are not known. */
export const ShipmentItemSchema = z.strictObject({
  /** Position of the item in the record's `items`, from 0. */
  index: z.number().int().nonnegative(),
  quantity: z.number().int().nonnegative().optional(),
  value_usd: z.number().nonnegative().optional(),
});

/** One actual shipment (export or import made), for reports on the actual basis. */
export const ShipmentSchema = z.strictObject({
  date: IsoDateSchema,
  items: z.array(ShipmentItemSchema).min(1, { error: 'expected at least one shipped item' }),
});

/** Why the transfer does not belong in transfer statistics (e.g. temporary export for an exhibition). */
export const StatisticsExclusionSchema = z.strictObject({
  reason: TextSchema,
});

/** A transit or trans-shipment state and whether its written non-objection was obtained. */
export const TransitSchema = z.strictObject({
  state: CountryCodeSchema,
  no_objection: z.boolean().optional(),
});

/** A broker involved in the transfer (ATT 10). */
export const BrokerSchema = z.strictObject({
  name: TextSchema.optional(),
  state: CountryCodeSchema.optional(),
  registered: z.boolean().optional(),
});

/** The end-user certificate (ATT 8(1), 11(2)). Absent means none supplied yet. */
export const EndUserCertificateSchema = z.strictObject({
  present: z.boolean().optional(),
  issuer: z.enum(EUC_ISSUERS).optional(),
  authenticated: z.boolean().optional(),
  non_reexport_clause: z.boolean().optional(),
  delivery_verification: z.boolean().optional(),
});

/** An ATT 7(2) / 11(2) mitigation measure, proposed or agreed. */
export const MitigationSchema = z.strictObject({
  measure: KebabSchema,
  agreed: z.boolean().optional(),
  description: TextSchema.optional(),
});

/** A denial of an earlier licence by another state (EU CP Art 4 consultation). */
export const DenialSchema = z.strictObject({
  state: CountryCodeSchema,
  date: IsoDateSchema,
  reference: TextSchema.optional(),
  essentially_identical: z.boolean().optional(),
});

/** The importing state's import licence or authorization (Firearms Protocol 10(2)(a)). */
export const ImportAuthorizationSchema = z.strictObject({
  present: z.boolean().optional(),
  reference: TextSchema.optional(),
});

/**
 * An authorization that an embargo's exemption depends on (e.g. by the Government of Lebanon or
 * UNIFIL under UNSCR 1701 para 15), as the applicant documents it.
 */
export const AuthorizationSchema = z.strictObject({
  by: TextSchema,
  reference: TextSchema.optional(),
  date: IsoDateSchema.optional(),
});

/** Findings only a licensing officer can make. Absent means not yet made. */
export const OfficerSchema = z.strictObject({
  knowledge_6_3: z.boolean().optional(),
  /** EU CP Criterion 5: the officer's finding of a risk to the security of Member States or allies. */
  national_security_risk: z.boolean().optional(),
  /** EU CP Criterion 8: the officer's finding that the export is incompatible with the recipient's capacity. */
  development_concern: z.boolean().optional(),
  /** EU CP Criterion 3: the officer's finding that the items would provoke or prolong armed conflict or aggravate tensions. */
  internal_conflict_risk: z.boolean().optional(),
  /** EU CP Criterion 4: the officer's finding of a clear risk of aggressive use or of asserting a territorial claim by force. */
  aggression_risk: z.boolean().optional(),
  notes: TextSchema.optional(),
});

/** One licence application (contract §1). Only `id`, `date` and `items` are required to load. */
export const TransferRecordSchema = z.strictObject({
  id: IdSchema,
  date: IsoDateSchema,
  activity: z.enum(ACTIVITIES).default('export'),
  /**
   * The state whose licensing authority decides this application. When absent it follows from the
   * activity: exporter (export), importer (import), the transit state (transit, trans-shipment), the
   * broker's state (brokering).
   */
  authorizing_state: CountryCodeSchema.optional(),
  own_use_movement: z.boolean().optional(),
  exporter: PartySchema.optional(),
  importer: PartySchema.optional(),
  end_user: EndUserSchema.optional(),
  end_use: TextSchema.optional(),
  items: z.array(ItemSchema).min(1, { error: 'expected at least one item' }),
  transit: z.array(TransitSchema).optional(),
  brokers: z.array(BrokerSchema).optional(),
  end_user_certificate: EndUserCertificateSchema.optional(),
  /** Firearms Protocol 10(2)(a): the importing state's licence or authorization. Absent = not yet shown. */
  import_authorization: ImportAuthorizationSchema.optional(),
  /** Authorizations that embargo exemptions depend on; [] = none. Absent = not stated. */
  authorizations: z.array(AuthorizationSchema).optional(),
  mitigations: z.array(MitigationSchema).optional(),
  /** Denial notifications for essentially identical transactions; [] = checked, none found. */
  denials: z.array(DenialSchema).optional(),
  officer: OfficerSchema.optional(),
  licence: LicenceSchema.optional(),
  shipments: z.array(ShipmentSchema).optional(),
  exclude_from_statistics: StatisticsExclusionSchema.optional(),
});

/** A validated transfer record. */
export type TransferRecord = z.infer<typeof TransferRecordSchema>;
/** One validated item. */
export type Item = z.infer<typeof ItemSchema>;
/** A recorded licence outcome. */
export type Licence = z.infer<typeof LicenceSchema>;
/** One actual shipment. */
export type Shipment = z.infer<typeof ShipmentSchema>;
