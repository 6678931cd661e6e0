// The operators json-rules-engine lacks for the ATT criteria, registered with `engine.addOperator`:
// ISO date windows (its lessThan/greaterThan accept numbers only), "absent" (a fact not stated),
// tests on the elements of a list that need two fields of the same element (an item's class and
// category, a broker's registration) and findings in a state profile. Listed-name screening is a fact.
import type { Engine } from 'json-rules-engine';
import { screeningLib } from '../fair/atra-parts.js';

type Rec = Record<string, any>;
const ATT = new Set(['small-arms', 'light-weapons', 'battle-tanks', 'armoured-combat-vehicles', 'large-calibre-artillery', 'combat-aircraft', 'attack-helicopters', 'warships', 'missiles']);

/** An item scope as the rules write it: classes, categories (default the ATT 2(1) ones), a flag. */
export interface ItemTest { classes?: string[]; categories?: string[] | 'all'; flag?: string; flagsAbsent?: boolean }

function itemMatches(item: Rec, test: ItemTest): boolean {
  if (test.classes && !test.classes.includes(item.class)) return false;
  if (test.categories !== 'all' && !(test.categories ? test.categories.includes(item.category) : ATT.has(item.category))) return false;
  if (test.flag !== undefined && !(Array.isArray(item.flags) && item.flags.includes(test.flag))) return false;
  if (test.flagsAbsent && item.flags !== undefined) return false;
  return true;
}

/** The finding tests of the criteria: kinds, and whether the finding must be about the end user's kind. */
export const FINDING_TESTS: Readonly<Record<string, { kinds: string[]; aboutType: boolean }>> = {
  recent_ihl: { kinds: ['ihl'], aboutType: true },
  recent_human_rights: { kinds: ['human-rights'], aboutType: true },
  recent_gbv: { kinds: ['gbv'], aboutType: true },
  recent_terrorism: { kinds: ['terrorism'], aboutType: true },
  recent_organized_crime: { kinds: ['organized-crime'], aboutType: true },
  recent_diversion: { kinds: ['diversion', 'reexport-violation'], aboutType: false },
};

const indexes = new Map<string, object>();

/**
 * The outcomes (`match`, `possible`) of screening every named party against one list, with atra's name
 * matcher: a dynamic fact, so json-rules-engine computes it once per record and list.
 */
export function screeningOutcomes(record: Rec, embargo: Rec, screening: object): string[] {
  const list = embargo.id as string;
  let index = indexes.get(list);
  if (!index) indexes.set(list, (index = new screeningLib.ScreeningIndex((embargo.listed as (string | Rec)[]).map(x => (typeof x === 'string' ? { list, name: x, aliases: [] } : { list, aliases: [], ...x })) as never)));
  const names: string[] = [record.end_user?.name, record.importer?.name, ...((record.brokers ?? []) as Rec[]).map(b => b.name), record.exporter?.name].filter((n): n is string => typeof n === 'string');
  const out: string[] = [];
  for (const name of names) for (const hit of screeningLib.screenName(index, name, { policy: screening, date: record.date })) if (!out.includes(hit.outcome)) out.push(hit.outcome);
  return out;
}

/** Registers every custom operator. */
export function addOperators(engine: Engine): void {
  engine.addOperator<string, string>('onOrAfter', (a, b) => typeof a === 'string' && a >= b);
  engine.addOperator<string, string>('onOrBefore', (a, b) => typeof a === 'string' && a <= b);
  engine.addOperator<string, string>('after', (a, b) => typeof a === 'string' && a > b);
  engine.addOperator<unknown, boolean>('absent', (a, b) => (a === undefined || a === null) === b);
  engine.addOperator<Rec[], ItemTest[]>('anyItem', (items, tests) => Array.isArray(items) && items.some(item => tests.some(test => itemMatches(item, test))));
  // `[field, value]` on one element: `value` null means the field is not stated.
  engine.addOperator<Rec[], [string, unknown]>('anyElement', (list, [field, value]) => Array.isArray(list) && list.some(e => (value === null ? e[field] === undefined : e[field] === value)));
  engine.addOperator<Rec[], string[]>('agreedAny', (list, measures) => Array.isArray(list) && list.some(m => m.agreed === true && measures.includes(m.measure)));
  engine.addOperator<Rec[], [string, unknown]>('anyElementNot', (list, [field, value]) => Array.isArray(list) && list.some(e => e[field] !== value));
  // Findings (the fact is the profile's findings, the value the record): one operator per finding test,
  // because an operator sees only the fact and the value. A finding with `addressed` not stated counts
  // as open here: json-rules-engine has no "unknown".
  for (const [name, test] of Object.entries(FINDING_TESTS)) {
    engine.addOperator<Rec[] | undefined, Rec>(name, (findings, record) => {
      if (!Array.isArray(findings)) return false;
      const date = record.date as string;
      const since = `${String(Number(date.slice(0, 4)) - 5).padStart(4, '0')}${date.slice(4)}`;
      const type = record.end_user?.type;
      return findings.some(f => test.kinds.includes(f.kind) && f.date <= date && f.date >= since && (!test.aboutType || f.actor_type === undefined || f.actor_type === type) && f.addressed !== true);
    });
  }
}
