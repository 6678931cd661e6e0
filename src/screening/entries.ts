import type { Embargo, ListedEntryInput, ListedType } from '../schema/index.js';

/** A listed entry in its full form, with the list (embargo) it belongs to. */
export interface ListedEntry {
  readonly list: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country?: string | undefined;
  readonly type?: ListedType | undefined;
  readonly reference?: string | undefined;
  readonly listed_on?: string | undefined;
}

/** A bare name is an entry with no aliases and nothing else known. */
export function toListedEntry(list: string, input: ListedEntryInput): ListedEntry {
  if (typeof input === 'string') return { list, name: input, aliases: [] };
  return { list, ...input };
}

/** The entries of a `scope: listed` embargo. */
export function listedEntriesOf(embargo: Embargo): ListedEntry[] {
  return embargo.listed.map(entry => toListedEntry(embargo.id, entry));
}
