import type { Embargo, TransferRecord } from '../../schema/index.js';
import type { Tri } from '../tri.js';

// Listed names never change during a run: normalise each embargo's list once.
const LISTED = new WeakMap<Embargo, ReadonlySet<string>>();

/** Names compare case- and punctuation-insensitively; an alias is just another listed name. */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Whether a party of the record (end user, importer or a broker) is named by a `scope: listed`
 * embargo. Unknown when nothing matches and the end user's name is not stated.
 */
export function matchListed(record: TransferRecord, embargo: Embargo): Tri {
  let listed = LISTED.get(embargo);
  if (!listed) LISTED.set(embargo, (listed = new Set(embargo.listed.map(normalise))));
  const names = [record.end_user?.name, record.importer?.name, ...(record.brokers ?? []).map(b => b.name)];
  if (names.some(name => name !== undefined && listed.has(normalise(name)))) return 'true';
  return record.end_user?.name === undefined ? 'unknown' : 'false';
}
