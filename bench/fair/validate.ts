// The record checks atra makes (strict objects, formats, vocabularies, `activity` defaulting to export),
// written out: a record atra rejects is rejected here. The error message is shorter than atra's.
import { ISO_ALPHA2, vocab } from './atra-parts.js';

type Rec = Record<string, any>;
const INVISIBLE = /\p{Cf}|\p{Cc}|\p{Variation_Selector}|\u034f|\u115f|\u1160|\u17b4|\u17b5|\u3164|\uffa0/gu;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const set = (values: readonly string[]) => new Set<string>(values);
const activities = set(vocab.ACTIVITIES!), types = set(vocab.END_USER_TYPES!), issuers = set(vocab.EUC_ISSUERS!), categories = set(vocab.ITEM_CATEGORIES!);
const classes = set(vocab.ITEM_CLASSES!), licence = set(vocab.LICENCE_STATUSES!), salw = set(vocab.SALW_SUBCATEGORIES!);

/** Thrown (and caught per record) with the path of the first problem. */
class Invalid extends Error {}
const fail = (path: string, what: string): never => {
  throw new Invalid(`${path}: ${what}`);
};

/** A field's path: `date`, `items[0].flags`. */
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);
const isObject = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);
function keys(v: unknown, path: string, allowed: ReadonlySet<string>): Rec {
  if (!isObject(v)) fail(path, 'expected an object');
  for (const key of Object.keys(v as Rec)) {
    if (!allowed.has(key)) fail(at(path, key), 'unknown field');
    if ((v as Rec)[key] === undefined) fail(at(path, key), 'undefined');
  }
  return v as Rec;
}
const text = (v: unknown, p: string) => (typeof v === 'string' && v.length > 0 ? v : fail(p, 'expected text'));
const bool = (v: unknown, p: string) => (typeof v === 'boolean' ? v : fail(p, 'expected true or false'));
const oneOf = (v: unknown, p: string, s: ReadonlySet<string>) => (typeof v === 'string' && s.has(v) ? v : fail(p, 'not an allowed value'));
const kebab = (v: unknown, p: string) => (typeof v === 'string' && KEBAB.test(v) ? v : fail(p, 'expected kebab-case'));
function country(v: unknown, p: string): string {
  if (typeof v !== 'string' || !/^[A-Z]{2}$/.test(v)) return fail(p, 'not a country code');
  const [a, b] = v;
  if (v === 'AA' || v === 'ZZ' || a === 'X' || (a === 'Q' && b! >= 'M')) return v;
  return ISO_ALPHA2.has(v) ? v : fail(p, 'not a country code');
}
function date(v: unknown, p: string): string {
  if (typeof v !== 'string' || !DATE.test(v)) return fail(p, 'not a date');
  const y = Number(v.slice(0, 4)), m = Number(v.slice(5, 7)), d = Number(v.slice(8, 10));
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (m < 1 || m > 12 || d < 1 || d > (m === 2 && leap ? 29 : DAYS[m - 1]!)) fail(p, 'not a real date');
  return v;
}
const num = (v: unknown, p: string, ok: (n: number) => boolean) => (typeof v === 'number' && Number.isFinite(v) && ok(v) ? v : fail(p, 'not an allowed number'));
function list(v: unknown, p: string, min: number, each: (e: unknown, p: string) => void): void {
  if (!Array.isArray(v) || v.length < min) fail(p, min ? `expected a list of at least ${min}` : 'expected a list');
  (v as unknown[]).forEach((e, i) => each(e, `${p}[${i}]`));
}
const opt = (o: Rec, k: string, check: (v: unknown, p: string) => unknown, p: string) => {
  if (o[k] !== undefined) check(o[k], at(p, k));
};
const need = (o: Rec, k: string, check: (v: unknown, p: string) => unknown, p: string) => (o[k] === undefined ? fail(at(p, k), 'required') : check(o[k], at(p, k)));

const RECORD = set(['id', 'date', 'activity', 'authorizing_state', 'own_use_movement', 'exporter', 'importer', 'end_user', 'end_use', 'items', 'transit', 'brokers', 'end_user_certificate', 'import_authorization', 'authorizations', 'mitigations', 'denials', 'officer', 'licence', 'shipments', 'exclude_from_statistics']);
const PARTY = set(['state', 'name']), END_USER = set(['name', 'state', 'type']);
const ITEM = set(['category', 'class', 'description', 'quantity', 'value_usd', 'flags', 'salw_subcategory']);
const OFFICER = set(['knowledge_6_3', 'national_security_risk', 'development_concern', 'internal_conflict_risk', 'aggression_risk', 'notes']);

function party(v: unknown, p: string): void {
  const o = keys(v, p, PARTY);
  opt(o, 'state', country, p);
  opt(o, 'name', text, p);
}

/** The checked record (with `activity` defaulted and the id normalised), or an error message. */
export function validate(raw: unknown): Rec | string {
  try {
    const r = keys(raw, '', RECORD);
    if (typeof r.id !== 'string') fail('id', 'expected text');
    const id = (r.id as string).normalize('NFC').replace(INVISIBLE, c => (/\s/.test(c) ? ' ' : '')).replace(/\s+/gu, ' ').trim();
    if (!id) fail('id', 'empty');
    need(r, 'date', date, '');
    opt(r, 'activity', (v, p) => oneOf(v, p, activities), '');
    opt(r, 'authorizing_state', country, '');
    opt(r, 'own_use_movement', bool, '');
    opt(r, 'exporter', party, '');
    opt(r, 'importer', party, '');
    opt(r, 'end_user', (v, p) => {
      const o = keys(v, p, END_USER);
      opt(o, 'name', text, p);
      opt(o, 'state', country, p);
      opt(o, 'type', (x, q) => oneOf(x, q, types), p);
    }, '');
    opt(r, 'end_use', text, '');
    need(r, 'items', (v, p) => list(v, p, 1, (e, q) => {
      const o = keys(e, q, ITEM);
      need(o, 'category', (x, s) => oneOf(x, s, categories), q);
      need(o, 'class', (x, s) => oneOf(x, s, classes), q);
      opt(o, 'description', text, q);
      opt(o, 'quantity', (x, s) => num(x, s, n => Number.isSafeInteger(n) && n > 0), q);
      opt(o, 'value_usd', (x, s) => num(x, s, n => n >= 0), q);
      opt(o, 'flags', (x, s) => list(x, s, 0, kebab), q);
      opt(o, 'salw_subcategory', (x, s) => oneOf(x, s, salw), q);
    }), '');
    opt(r, 'transit', (v, p) => list(v, p, 0, (e, q) => {
      const o = keys(e, q, set(['state', 'no_objection']));
      need(o, 'state', country, q);
      opt(o, 'no_objection', bool, q);
    }), '');
    opt(r, 'brokers', (v, p) => list(v, p, 0, (e, q) => {
      const o = keys(e, q, set(['name', 'state', 'registered']));
      opt(o, 'name', text, q);
      opt(o, 'state', country, q);
      opt(o, 'registered', bool, q);
    }), '');
    opt(r, 'end_user_certificate', (v, p) => {
      const o = keys(v, p, set(['present', 'issuer', 'authenticated', 'non_reexport_clause', 'delivery_verification']));
      for (const k of ['present', 'authenticated', 'non_reexport_clause', 'delivery_verification']) opt(o, k, bool, p);
      opt(o, 'issuer', (x, q) => oneOf(x, q, issuers), p);
    }, '');
    opt(r, 'import_authorization', (v, p) => {
      const o = keys(v, p, set(['present', 'reference']));
      opt(o, 'present', bool, p);
      opt(o, 'reference', text, p);
    }, '');
    opt(r, 'authorizations', (v, p) => list(v, p, 0, (e, q) => {
      const o = keys(e, q, set(['by', 'reference', 'date']));
      need(o, 'by', text, q);
      opt(o, 'reference', text, q);
      opt(o, 'date', date, q);
    }), '');
    opt(r, 'mitigations', (v, p) => list(v, p, 0, (e, q) => {
      const o = keys(e, q, set(['measure', 'agreed', 'description']));
      need(o, 'measure', kebab, q);
      opt(o, 'agreed', bool, q);
      opt(o, 'description', text, q);
    }), '');
    opt(r, 'denials', (v, p) => list(v, p, 0, (e, q) => {
      const o = keys(e, q, set(['state', 'date', 'reference', 'essentially_identical']));
      need(o, 'state', country, q);
      need(o, 'date', date, q);
      opt(o, 'reference', text, q);
      opt(o, 'essentially_identical', bool, q);
    }), '');
    opt(r, 'officer', (v, p) => {
      const o = keys(v, p, OFFICER);
      for (const k of ['knowledge_6_3', 'national_security_risk', 'development_concern', 'internal_conflict_risk', 'aggression_risk']) opt(o, k, bool, p);
      opt(o, 'notes', text, p);
    }, '');
    opt(r, 'licence', (v, p) => {
      const o = keys(v, p, set(['status', 'date', 'reference']));
      need(o, 'status', (x, q) => oneOf(x, q, licence), p);
      need(o, 'date', date, p);
      opt(o, 'reference', text, p);
    }, '');
    opt(r, 'shipments', (v, p) => list(v, p, 0, (e, q) => {
      const o = keys(e, q, set(['date', 'items']));
      need(o, 'date', date, q);
      need(o, 'items', (x, s) => list(x, s, 1, (i, t) => {
        const io = keys(i, t, set(['index', 'quantity', 'value_usd']));
        need(io, 'index', (y, u) => num(y, u, n => Number.isSafeInteger(n) && n >= 0), t);
        opt(io, 'quantity', (y, u) => num(y, u, n => Number.isSafeInteger(n) && n >= 0), t);
        opt(io, 'value_usd', (y, u) => num(y, u, n => n >= 0), t);
      }), q);
    }), '');
    opt(r, 'exclude_from_statistics', (v, p) => need(keys(v, p, set(['reason'])), 'reason', text, p), '');
    r.id = id;
    r.activity ??= 'export';
    return r;
  } catch (error) {
    if (error instanceof Invalid) return error.message;
    throw error;
  }
}
