/**
 * The fixed vocabularies of interface contract v1. Each list is the single source of truth: the zod
 * schemas, the JSON Schemas, the CSV mapping and the reports all read from here.
 */

/** ATT 2(2) activities. */
export const ACTIVITIES = ['export', 'import', 'transit', 'trans-shipment', 'brokering'] as const;
/** End-user types (contract §1). */
export const END_USER_TYPES = [
  'armed-forces',
  'police',
  'other-government',
  'private-company',
  'individual',
  'non-state-armed-group',
  'unknown',
] as const;
/** End-user types that are organs of a state; the rest are non-state actors for embargo purposes. */
export const GOVERNMENT_END_USER_TYPES = ['armed-forces', 'police', 'other-government'] as const;
/** ATT 2(1) categories; `other` means not a 2(1) category. */
export const ITEM_CATEGORIES = [
  'battle-tanks',
  'armoured-combat-vehicles',
  'large-calibre-artillery',
  'combat-aircraft',
  'attack-helicopters',
  'warships',
  'missiles',
  'small-arms',
  'light-weapons',
  'other',
] as const;
/**
 * UN Register SALW subcategories (the ATT reporting template takes them over for small arms and light
 * weapons): small arms first, then light weapons, each ending with its own "others".
 */
export const SMALL_ARMS_SUBCATEGORIES = [
  'revolvers-and-self-loading-pistols',
  'rifles-and-carbines',
  'sub-machine-guns',
  'assault-rifles',
  'light-machine-guns',
  'others-small-arms',
] as const;
/** UN Register light-weapons subcategories. */
export const LIGHT_WEAPONS_SUBCATEGORIES = [
  'heavy-machine-guns',
  'grenade-launchers',
  'portable-anti-tank-guns',
  'recoilless-rifles',
  'portable-anti-tank-missile-launchers',
  'portable-anti-aircraft-missile-launchers',
  'mortars-under-75mm',
  'others-light-weapons',
] as const;
/** Every SALW subcategory an item may carry. */
export const SALW_SUBCATEGORIES = [...SMALL_ARMS_SUBCATEGORIES, ...LIGHT_WEAPONS_SUBCATEGORIES] as const;
/** The outcome of a licence application, as the licensing authority recorded it. */
export const LICENCE_STATUSES = ['authorized', 'refused', 'revoked'] as const;
/** ATT 2(1) arms, Art 3 ammunition and Art 4 parts and components. */
export const ITEM_CLASSES = ['arm', 'ammunition', 'parts-components'] as const;
/** Who issued an end-user certificate. */
export const EUC_ISSUERS = ['government', 'end-user'] as const;
/** ATT participation of a state. */
export const ATT_STATUSES = ['party', 'signatory', 'none'] as const;
/** Armed-conflict situation of a state. */
export const ARMED_CONFLICT = ['none', 'internal', 'international'] as const;
/** Kinds of finding by a competent body (contract §2). */
export const FINDING_KINDS = [
  'ihl',
  'human-rights',
  'gbv',
  'terrorism',
  'organized-crime',
  'diversion',
  'reexport-violation',
] as const;
/** Who imposed an embargo. */
export const EMBARGO_AUTHORITIES = ['UN', 'EU', 'OSCE', 'other'] as const;
/** Whom an embargo reaches. */
export const EMBARGO_SCOPES = ['all', 'non-state-actors', 'listed'] as const;
/** Status of one criterion for one record (contract §3). */
export const STATUSES = ['triggered', 'clear', 'unknown', 'not-applicable'] as const;
/** Decisions, worst first (contract §3). The order is part of the contract. */
export const DECISIONS = [
  'prohibited',
  'refuse',
  'review',
  'incomplete',
  'approve-with-conditions',
  'approve',
  'out-of-scope',
] as const;
/**
 * The parties of a record whose state a criterion can ask about. `authorizing` is the state whose
 * authority decides this application: `authorizing_state` when stated, otherwise the exporter for an
 * export, the importer for an import, the transit state for transit or trans-shipment and the
 * broker's state for brokering (ATT 6(2) weighs the obligations of the state doing the authorizing).
 */
export const STATE_ROLES = ['exporter', 'importer', 'end_user', 'authorizing'] as const;
/** Which way an embargo reaches: transfers to the target (`to`) and/or procurement from it (`from`). */
export const EMBARGO_DIRECTIONS = ['to', 'from'] as const;
/**
 * Who can supply a missing fact, which decides what an `unknown` leads to (see the policy's
 * `unknowns`): the applicant's documents, the officer's own checks, or a licence condition.
 */
export const SUPPLIERS = ['applicant', 'officer', 'condition'] as const;
/** The parties an embargo can reach: importer, end user, transit states, and (by name) brokers. */
export const EMBARGO_ROLES = ['importer', 'end_user', 'transit'] as const;
/** What kind of rule a criterion is; shapes how reports group and explain it. */
export const CRITERION_KINDS = ['scope', 'prohibition', 'risk', 'diversion', 'procedural', 'officer'] as const;

export type Activity = (typeof ACTIVITIES)[number];
export type EndUserType = (typeof END_USER_TYPES)[number];
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];
export type ItemClass = (typeof ITEM_CLASSES)[number];
export type SalwSubcategory = (typeof SALW_SUBCATEGORIES)[number];
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];
export type FindingKind = (typeof FINDING_KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type Decision = (typeof DECISIONS)[number];
export type StateRole = (typeof STATE_ROLES)[number];
export type EmbargoRole = (typeof EMBARGO_ROLES)[number];
export type CriterionKind = (typeof CRITERION_KINDS)[number];
export type EmbargoDirection = (typeof EMBARGO_DIRECTIONS)[number];
export type Supplier = (typeof SUPPLIERS)[number];

/**
 * What a `document: { has: [...] }` test may ask of each document: its yes/no properties. A
 * property that is not here could never be true, so the criterion would never clear.
 */
export const DOCUMENT_PROPERTIES = {
  end_user_certificate: ['present', 'authenticated', 'non_reexport_clause', 'delivery_verification'],
} as const;
/** The state-profile facts a `profile` test reads, and the values each can take. */
export const PROFILE_FIELD_VALUES = { att: ATT_STATUSES, armed_conflict: ARMED_CONFLICT } as const;
/**
 * Instruments atra knows by id, for `party_to` tests and the `treaties` of state profiles. The list is
 * open by design (a national set may name any instrument its context lists), so a name that is not
 * here is only flagged when it is one typo away from one that is.
 */
export const KNOWN_INSTRUMENTS = [
  'att',
  'apmbc',
  'ccm',
  'ccw',
  'firearms-protocol',
  'untoc',
  'rome-statute',
  'aircraft-offences-convention',
  'aircraft-offences-protocol-2014',
  'aircraft-seizure-convention',
  'airports-protocol',
  'beijing-convention',
  'beijing-protocol',
  'civil-aviation-convention',
  'fixed-platforms-protocol',
  'fixed-platforms-protocol-2005',
  'hostages-convention',
  'maritime-navigation-convention',
  'maritime-navigation-protocol-2005',
  'nuclear-material-convention',
  'nuclear-terrorism-convention',
  'plastic-explosives-convention',
  'protected-persons-convention',
  'terrorist-bombings-convention',
  'terrorist-financing-convention',
] as const;

/** The record lists a `some`/`every` quantifier can range over. */
export const RECORD_LISTS = ['items', 'transit', 'brokers', 'mitigations', 'denials', 'authorizations'] as const;
export type RecordList = (typeof RECORD_LISTS)[number];

/** The comparators of a `field` test; exactly one is given. */
export const FIELD_COMPARATORS = ['equals', 'in', 'not_in', 'present', 'contains', 'at_least', 'at_most', 'within_years'] as const;
