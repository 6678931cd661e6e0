import { ACTIVITIES, END_USER_TYPES, EUC_ISSUERS, ITEM_CATEGORIES, ITEM_CLASSES, LICENCE_STATUSES, SALW_SUBCATEGORIES } from './vocab.js';
import { isKnownCountryCode, normaliseId } from './value-checks.js';
import type { TransferRecord } from './record.js';

/*
 * The record schema as plain checks, for the hot path of a batch: the same rules as
 * TransferRecordSchema (strict objects, the same formats and enums, `activity` defaulting to export)
 * and an output built the same way (keys in the schema's order), without zod's per-call machinery or
 * a Date per record. It only says yes: any record it does not accept goes to zod, which decides and
 * words the error. A test checks both accept and reject the same records on a generated corpus.
 */

const FAIL: unique symbol = Symbol('fail');
type Check = (value: unknown) => unknown;

const string = (test: (text: string) => boolean): Check => value => (typeof value === 'string' && test(value) ? value : FAIL);
const text = string(value => value.length > 0);
/** An id is normalised first and must still have something in it (IdSchema). */
const id: Check = value => {
  if (typeof value !== 'string') return FAIL;
  const normalised = normaliseId(value);
  return normalised.length > 0 ? normalised : FAIL;
};
const kebab = string(value => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value));
const country = string(value => /^[A-Z]{2}$/.test(value) && isKnownCountryCode(value));
const date = string(isCalendarDate);
const boolean: Check = value => (typeof value === 'boolean' ? value : FAIL);
const number = (test: (n: number) => boolean): Check => value => (typeof value === 'number' && Number.isFinite(value) && test(value) ? value : FAIL);
const oneOf = (values: readonly string[]): Check => {
  const allowed = new Set(values);
  return value => (typeof value === 'string' && allowed.has(value) ? value : FAIL);
};

function list(element: Check, min = 0): Check {
  return value => {
    if (!Array.isArray(value) || value.length < min) return FAIL;
    const out: unknown[] = [];
    for (const entry of value) {
      const checked = element(entry);
      if (checked === FAIL) return FAIL;
      out.push(checked);
    }
    return out;
  };
}

/** A strict object: `[key, check, required]`; an optional key that is absent stays absent. */
function object(shape: readonly (readonly [string, Check, boolean?])[], defaults: Readonly<Record<string, unknown>> = {}): Check {
  const keys = new Set(shape.map(([key]) => key));
  return value => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return FAIL;
    const input = value as Record<string, unknown>;
    for (const key of Object.keys(input)) if (!keys.has(key)) return FAIL;
    const out: Record<string, unknown> = {};
    for (const [key, check, required] of shape) {
      if (!Object.hasOwn(input, key)) {
        if (Object.hasOwn(defaults, key)) out[key] = defaults[key];
        else if (required) return FAIL;
        continue;
      }
      // An explicit undefined (possible from CSV, never from JSON) is left to zod's own rules.
      if (input[key] === undefined) return FAIL;
      const checked = check(input[key]);
      if (checked === FAIL) return FAIL;
      out[key] = checked;
    }
    return out;
  };
}

const party = object([['state', country], ['name', text]]);
const record = object(
  [
    ['id', id, true],
    ['date', date, true],
    ['activity', oneOf(ACTIVITIES)],
    ['authorizing_state', country],
    ['own_use_movement', boolean],
    ['exporter', party],
    ['importer', party],
    ['end_user', object([['name', text], ['state', country], ['type', oneOf(END_USER_TYPES)]])],
    ['end_use', text],
    [
      'items',
      list(
        object([
          ['category', oneOf(ITEM_CATEGORIES), true],
          ['class', oneOf(ITEM_CLASSES), true],
          ['description', text],
          ['quantity', number(n => Number.isSafeInteger(n) && n > 0)],
          ['value_usd', number(n => n >= 0)],
          ['flags', list(kebab)],
          ['salw_subcategory', oneOf(SALW_SUBCATEGORIES)],
          ['origin_state', country],
        ]),
        1,
      ),
      true,
    ],
    ['transit', list(object([['state', country, true], ['no_objection', boolean]]))],
    ['brokers', list(object([['name', text], ['state', country], ['registered', boolean]]))],
    ['end_user_certificate', object([['present', boolean], ['issuer', oneOf(EUC_ISSUERS)], ['authenticated', boolean], ['non_reexport_clause', boolean], ['delivery_verification', boolean]])],
    ['import_authorization', object([['present', boolean], ['reference', text]])],
    ['authorizations', list(object([['by', text, true], ['reference', text], ['date', date]]))],
    ['mitigations', list(object([['measure', kebab, true], ['agreed', boolean], ['description', text]]))],
    ['denials', list(object([['state', country, true], ['date', date, true], ['reference', text], ['essentially_identical', boolean]]))],
    [
      'officer',
      object([
        ['knowledge_6_3', boolean],
        ['national_security_risk', boolean],
        ['development_concern', boolean],
        ['internal_conflict_risk', boolean],
        ['aggression_risk', boolean],
        ['notes', text],
      ]),
    ],
    ['licence', object([['status', oneOf(LICENCE_STATUSES), true], ['date', date, true], ['reference', text]])],
    [
      'shipments',
      list(
        object([
          ['date', date, true],
          ['items', list(object([['index', number(n => Number.isSafeInteger(n) && n >= 0), true], ['quantity', number(n => Number.isSafeInteger(n) && n >= 0)], ['value_usd', number(n => n >= 0)]]), 1), true],
        ]),
      ),
    ],
    ['exclude_from_statistics', object([['reason', text, true]])],
  ],
  { activity: 'export' },
);

/** The record, validated as TransferRecordSchema would; `undefined` to let zod decide (and explain). */
export function fastRecord(value: unknown): TransferRecord | undefined {
  const checked = record(value);
  return checked === FAIL ? undefined : (checked as TransferRecord);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYY-MM-DD naming a day that exists in the proleptic Gregorian calendar. */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0));
}
