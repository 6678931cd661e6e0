import { ENGLISH_NAME_TO_ALPHA2, type ListedEntryObject } from '../schema/index.js';

/** One entry of the UN Security Council Consolidated List, as atra lists it, with its list type. */
export interface UnListEntry {
  readonly listType: string;
  readonly dataId: string;
  readonly entry: ListedEntryObject;
}

/** What the XML said about itself, and what could not be carried over. */
export interface UnList {
  readonly generated?: string | undefined;
  readonly entries: readonly UnListEntry[];
  /** Countries named in words that match no ISO code, and aliases left out (low quality). */
  readonly notes: readonly string[];
}

type Node = Record<string, unknown>;

const asArray = (value: unknown): Node[] => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? (value as Node[]) : [value as Node]);
const text = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined;
  const out = (typeof value === 'string' || typeof value === 'number' ? String(value) : '').replace(/\s+/g, ' ').trim();
  return out || undefined;
};

/**
 * How the XML is read into the document `parseUnList` takes (fast-xml-parser options): attributes
 * kept with an `@` prefix, every value as text. The parser itself is loaded by the caller, only by
 * the command that imports a list.
 */
export const UN_LIST_XML_OPTIONS = { ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: true, processEntities: true } as const;

/**
 * Reads the UN Security Council Consolidated List XML, parsed with `UN_LIST_XML_OPTIONS` (CONSOLIDATED_LIST with INDIVIDUALS/INDIVIDUAL
 * and ENTITIES/ENTITY). A person's name is FIRST_NAME to FOURTH_NAME in order; aliases are the
 * INDIVIDUAL_ALIAS / ENTITY_ALIAS names and NAME_ORIGINAL_SCRIPT. Aliases of QUALITY "Low" are left
 * out unless asked for: the Committees themselves call them too weak to identify anyone.
 */
export function parseUnList(document: unknown, options: { lowQualityAliases?: boolean } = {}): UnList {
  const root = (document as Node | undefined)?.CONSOLIDATED_LIST as Node | undefined;
  if (!root) throw new Error('not a UN Consolidated List: no CONSOLIDATED_LIST element');
  const notes: string[] = [];
  const entries: UnListEntry[] = [];
  const read = (node: Node, type: 'individual' | 'entity'): void => {
    const name = type === 'individual'
      ? ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map(key => text(node[key])).filter(Boolean).join(' ')
      : text(node.FIRST_NAME);
    if (!name) return;
    const aliases: string[] = [];
    for (const alias of asArray(node[type === 'individual' ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS'])) {
      const aliasName = text(alias.ALIAS_NAME);
      if (!aliasName) continue;
      if (/^low/i.test(text(alias.QUALITY) ?? '') && !options.lowQualityAliases) {
        notes.push(`${text(node.REFERENCE_NUMBER) ?? name}: low-quality alias "${aliasName}" left out`);
        continue;
      }
      if (!aliases.includes(aliasName) && aliasName !== name) aliases.push(aliasName);
    }
    const original = text(node.NAME_ORIGINAL_SCRIPT);
    if (original && !aliases.includes(original)) aliases.push(original);
    const countryName = type === 'individual'
      ? text(asArray(node.NATIONALITY)[0]?.VALUE)
      : text(asArray(node.ENTITY_ADDRESS).find(a => text(a.COUNTRY))?.COUNTRY);
    const country = countryName ? ENGLISH_NAME_TO_ALPHA2.get(countryName.toLowerCase()) : undefined;
    if (countryName && !country) notes.push(`${text(node.REFERENCE_NUMBER) ?? name}: country "${countryName}" has no ISO code; left out`);
    const listedOn = text(node.LISTED_ON)?.slice(0, 10);
    const entry: ListedEntryObject = {
      name,
      aliases,
      type,
      ...(country ? { country } : {}),
      ...(text(node.REFERENCE_NUMBER) ? { reference: text(node.REFERENCE_NUMBER) } : {}),
      ...(listedOn && /^\d{4}-\d{2}-\d{2}$/.test(listedOn) ? { listed_on: listedOn } : {}),
    };
    entries.push({ listType: text(node.UN_LIST_TYPE) ?? 'unknown', dataId: text(node.DATAID) ?? '', entry });
  };
  for (const node of asArray((root.INDIVIDUALS as Node | undefined)?.INDIVIDUAL)) read(node, 'individual');
  for (const node of asArray((root.ENTITIES as Node | undefined)?.ENTITY)) read(node, 'entity');
  const generated = text(root['@dateGenerated'])?.slice(0, 10);
  return { generated, entries, notes };
}
