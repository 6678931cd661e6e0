import { ITEM_CATEGORIES, type AppliesTo, type Item, type TransferRecord } from '../schema/index.js';

const ATT_CATEGORIES = ITEM_CATEGORIES.filter(category => category !== 'other');

/** A compiled `applies_to`: which activities, and which items, a criterion covers. */
export interface Applicability {
  /** Criteria with the same key apply to the same items: a record's items are filtered once per key. */
  readonly key: string;
  readonly activities: ReadonlySet<string> | undefined;
  readonly classes: ReadonlySet<string> | undefined;
  readonly categories: ReadonlySet<string> | undefined;
}

/** Compiles `applies_to`. Unless it says `categories: all`, only the ATT 2(1) categories count. */
export function compileApplicability(appliesTo: AppliesTo | undefined): Applicability {
  const categories = appliesTo?.categories;
  return {
    key: JSON.stringify([appliesTo?.activities ?? null, appliesTo?.classes ?? null, categories ?? null]),
    activities: appliesTo?.activities ? new Set(appliesTo.activities) : undefined,
    classes: appliesTo?.classes ? new Set(appliesTo.classes) : undefined,
    categories: categories === 'all' ? undefined : new Set(categories ?? ATT_CATEGORIES),
  };
}

/** The items a criterion applies to, with their index in the record; empty when it does not apply. */
export function applicableItems(
  applicability: Applicability,
  record: TransferRecord,
): { value: Item; index: number }[] {
  if (applicability.activities && !applicability.activities.has(record.activity)) return [];
  const out: { value: Item; index: number }[] = [];
  record.items.forEach((item, index) => {
    if (applicability.classes && !applicability.classes.has(item.class)) return;
    if (applicability.categories && !applicability.categories.has(item.category)) return;
    out.push({ value: item, index });
  });
  return out;
}

/** Says, for the explanation, why a criterion does not apply to this record. */
export function describeInapplicability(appliesTo: AppliesTo | undefined, record: TransferRecord): string {
  if (appliesTo?.activities && !appliesTo.activities.includes(record.activity)) {
    return `it covers ${appliesTo.activities.join(', ')}, and this is ${record.activity}`;
  }
  const classes = appliesTo?.classes?.join(', ') ?? 'arms, ammunition or parts';
  return `no item of this application is of a class (${classes}) and category it covers`;
}
