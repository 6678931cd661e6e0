import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import type { AssessmentContext } from '../engine/index.js';
import type { Embargo, ListedEntryInput } from '../schema/index.js';
import { parseUnList, UN_LIST_XML_OPTIONS } from '../screening/index.js';
import { readSource } from '../loader/index.js';

/** Which embargo each UN_LIST_TYPE's entries belong to, by default (the built-in UN context's ids). */
export const DEFAULT_UN_LIST_MAP: Readonly<Record<string, string>> = {
  'Al-Qaida': 'un-isil-al-qaida',
  Taliban: 'un-taliban',
  'Al-Shabaab': 'un-so-al-shabaab',
  Somalia: 'un-so-al-shabaab',
  Yemen: 'un-ye-houthis',
};

/** What the import wrote and what it could not place. */
export interface UnListImport {
  readonly file: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly unmapped: Readonly<Record<string, number>>;
  readonly notes: readonly string[];
}

/**
 * Converts a UN Security Council Consolidated List XML file into `DIR/embargoes.yaml`: each mapped
 * list type's entries become the `listed` entries of the embargo they belong to, copied whole from
 * the context (basis, target, dates, source) with the list's entries added to its own. The file is
 * dated with the list's generation date and cites the XML by name and sha256.
 */
export async function importUnList(
  xmlPath: string,
  outDir: string,
  context: AssessmentContext,
  options: { map: Readonly<Record<string, string>>; asOf?: string | undefined; lowQualityAliases?: boolean },
): Promise<UnListImport> {
  const source = await readSource(xmlPath);
  // The XML parser loads here, for this command only, not at the start of every command.
  const { XMLParser } = await import('fast-xml-parser');
  const list = parseUnList(new XMLParser(UN_LIST_XML_OPTIONS).parse(source.text), { lowQualityAliases: options.lowQualityAliases ?? false });
  const asOf = options.asOf ?? list.generated;
  if (!asOf) throw new Error('the list has no dateGenerated attribute: give --as-of YYYY-MM-DD');
  const byEmbargo = new Map<string, ListedEntryInput[]>();
  const unmapped: Record<string, number> = {};
  for (const { listType, entry } of list.entries) {
    const id = options.map[listType];
    if (id === undefined) {
      unmapped[listType] = (unmapped[listType] ?? 0) + 1;
      continue;
    }
    byEmbargo.set(id, [...(byEmbargo.get(id) ?? []), entry]);
  }
  const embargoes: Embargo[] = [];
  const counts: Record<string, number> = {};
  for (const [id, entries] of [...byEmbargo].sort(([a], [b]) => a.localeCompare(b))) {
    const template = context.embargoes.find(e => e.embargo.id === id)?.embargo;
    if (!template) throw new Error(`no embargo "${id}" in the context to add the list's entries to: load it with --context, or map the list type elsewhere with --map`);
    if (template.scope !== 'listed') throw new Error(`embargo "${id}" has scope ${template.scope}, not listed: its entries would never be screened`);
    const keep = template.listed.filter(e => !entries.some(n => typeof n !== 'string' && n.name === (typeof e === 'string' ? e : e.name)));
    embargoes.push({ ...template, listed: [...keep, ...entries] });
    counts[id] = entries.length;
  }
  const file = join(outDir, 'embargoes.yaml');
  const document = {
    as_of: asOf,
    sources: [`UN Security Council Consolidated List XML, ${basename(xmlPath)} (sha256 ${source.sha256}), generated ${list.generated ?? 'on an unstated date'}`],
    notes: `Converted by atra context import un-list. Listed entries come from the XML; each embargo's other fields come from the context it replaces.${list.notes.length ? ` ${list.notes.length} note(s): ${list.notes.join('; ')}.` : ''}`,
    embargoes,
  };
  await mkdir(outDir, { recursive: true });
  const header = `# UN Security Council Consolidated List entries, converted by atra from ${basename(xmlPath)}.\n# Regenerate it from a newer list rather than editing it by hand.\n`;
  await writeFile(file, header + stringify(document, { lineWidth: 0 }), 'utf8');
  return { file, counts, unmapped, notes: list.notes };
}
