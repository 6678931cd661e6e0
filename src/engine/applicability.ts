import { ITEM_CATEGORIES, type AppliesTo, type Item, type TransferRecord } from '../schema/index.js';

const ATT_CATEGORIES = ITEM_CATEGORIES.filter(category => category !== 'other');

/** One compiled item scope: the classes and categories it covers and the basis exact for them. */
export interface CompiledItemScope {
  readonly classes: ReadonlySet<string> | undefined;
  readonly categories: ReadonlySet<string> | undefined;
  readonly basis: readonly string[] | undefined;
  readonly label: string;
  readonly note: string | undefined;
}

/** A compiled `applies_to`: which activities, and which items, a criterion covers. */
export interface Applicability {
  /** Criteria with the same key apply to the same items: a record's items are filtered once per key. */
  readonly key: string;
  readonly activities: ReadonlySet<string> | undefined;
  readonly ownUse: boolean | undefined;
  readonly scopes: readonly CompiledItemScope[];
  /** The basis for each set of scopes used (a bit per scope), worked out once: one array shared by every record. */
  readonly bases: Map<number, readonly string[]>;
}

/** An item a criterion applies to, with its index in the record and the scope that covers it. */
export interface ApplicableItem {
  readonly value: Item;
  readonly index: number;
  readonly scope: number;
}

/**
 * Compiles `applies_to`. Unless a scope says `categories: all` (or lists `other`), only the ATT 2(1)
 * categories count. `items` lists alternatives; without it, `classes` × `categories` is the one scope.
 */
export function compileApplicability(appliesTo: AppliesTo | undefined): Applicability {
  const scopes = appliesTo?.items ?? [{ classes: appliesTo?.classes, categories: appliesTo?.categories }];
  return {
    key: JSON.stringify([appliesTo?.activities ?? null, appliesTo?.own_use_movement ?? null, scopes]),
    activities: appliesTo?.activities ? new Set(appliesTo.activities) : undefined,
    ownUse: appliesTo?.own_use_movement,
    scopes: scopes.map(scope => ({
      classes: scope.classes ? new Set(scope.classes) : undefined,
      categories: scope.categories === 'all' ? undefined : new Set(scope.categories ?? ATT_CATEGORIES),
      basis: 'basis' in scope ? scope.basis : undefined,
      label: labelOf(scope.classes, scope.categories),
      note: 'note' in scope ? scope.note : undefined,
    })),
    bases: new Map(),
  };
}

function labelOf(classes: readonly string[] | undefined, categories: 'all' | readonly string[] | undefined): string {
  const what = classes?.join(' or ') ?? 'arms, ammunition or parts';
  const of = categories === 'all' ? 'any category' : categories ? categories.join(', ') : 'an ATT 2(1) category';
  return `${what} (${of})`;
}

/** The items a criterion applies to, with their index in the record; empty when it does not apply. */
export function applicableItems(applicability: Applicability, record: TransferRecord): ApplicableItem[] {
  if (applicability.activities && !applicability.activities.has(record.activity)) return [];
  if (applicability.ownUse !== undefined && (record.own_use_movement === true) !== applicability.ownUse) return [];
  const out: ApplicableItem[] = [];
  record.items.forEach((item, index) => {
    const scope = applicability.scopes.findIndex(
      s => (!s.classes || s.classes.has(item.class)) && (!s.categories || s.categories.has(item.category)),
    );
    if (scope >= 0) out.push({ value: item, index, scope });
  });
  return out;
}

/**
 * The basis exact for the items covered: the union of their scopes' bases, in scope order, or the
 * criterion's own basis when no scope names one.
 */
export function basisFor(applicability: Applicability, items: readonly ApplicableItem[], fallback: readonly string[]): readonly string[] {
  let used = 0;
  for (const item of items) used |= 2 ** Math.min(item.scope, 30);
  let basis = applicability.bases.get(used);
  if (basis === undefined) {
    const out: string[] = [];
    applicability.scopes.forEach((scope, index) => {
      if (!items.some(item => item.scope === index) || !scope.basis) return;
      for (const line of scope.basis) if (!out.includes(line)) out.push(line);
    });
    // Past 30 scopes the bits are shared, so such sets are not kept (no real criterion has that many).
    basis = out.length ? out : fallback;
    if (applicability.scopes.length <= 30) applicability.bases.set(used, basis);
  }
  return basis;
}

/** Says, for the explanation, why a criterion does not apply to this record. */
export function describeInapplicability(appliesTo: AppliesTo | undefined, applicability: Applicability, record: TransferRecord): string {
  if (appliesTo?.activities && !appliesTo.activities.includes(record.activity)) {
    return `it covers ${appliesTo.activities.join(', ')}, and this is ${record.activity}`;
  }
  if (applicability.ownUse !== undefined && (record.own_use_movement === true) !== applicability.ownUse) {
    return applicability.ownUse ? 'it covers own-use movements (ATT 2(3)) only' : 'it does not cover own-use movements (ATT 2(3))';
  }
  const items = record.items.map(item => `${item.class} (${item.category})`);
  const covered = applicability.scopes.map(scope => scope.label).join('; ');
  const notes = applicability.scopes.flatMap(scope => (scope.note ? [scope.note.replace(/\.$/, '')] : []));
  return `it covers ${covered}, and this application lists ${[...new Set(items)].join(', ')}${notes.length ? `. ${notes.join('. ')}` : ''}`;
}
