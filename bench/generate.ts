// Seeded generator of synthetic applications: the same seed gives the same files on every machine.
import { createWriteStream } from 'node:fs';

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, weight] of weighted) if ((r -= weight) < 0) return value;
  return weighted[weighted.length - 1]![0];
}

// A realistic mix: mostly clean exports to stable partners, with the fictional training states'
// findings, real embargoed destinations, destinations without a profile, and missing documents.
const DESTINATIONS = [['XB', 40], ['XJ', 8], ['XF', 8], ['XD', 8], ['XR', 5], ['XE', 5], ['QM', 4], ['XH', 5], ['XT', 2], ['KP', 1], ['CD', 3], ['KE', 5], ['SO', 2], ['HT', 2], ['XM', 2]] as const;
const TYPES = [['armed-forces', 55], ['police', 25], ['other-government', 8], ['private-company', 6], ['non-state-armed-group', 1], ['unknown', 2], [undefined, 3]] as const;
const CATEGORIES = [['small-arms', 40], ['light-weapons', 15], ['armoured-combat-vehicles', 10], ['large-calibre-artillery', 8], ['missiles', 6], ['combat-aircraft', 4], ['attack-helicopters', 3], ['warships', 3], ['battle-tanks', 3], ['other', 8]] as const;
const CLASSES = [['arm', 60], ['ammunition', 30], ['parts-components', 10]] as const;

// Party names repeat as they do in a licensing authority's year (a few hundred exporters, thousands of
// end users), so caching by name is measured fairly. Drawn from the index, not the seeded stream, so
// every other field is the same as without them.
const WORDS = ['Northern', 'Atlas', 'Precision', 'Meridian', 'Kestrel', 'Harbour', 'Summit', 'Falcon', 'Granite', 'Vector', 'Orion', 'Delta', 'Crescent', 'Pioneer', 'Sentinel', 'Coastal', 'Allied', 'United', 'Eastern', 'Civic'];
const FORMS = { exporter: ['Defence Ltd', 'Systems GmbH', 'Industries SA', 'Arms Co', 'Technologies AB'], importer: ['Procurement Agency', 'Supply Directorate', 'Trading Company', 'Logistics Office', 'Ministry Depot'], end_user: ['Brigade', 'Command', 'Police Unit', 'Guard Regiment', 'Training School'], broker: ['Brokers FZE', 'Trading LLC', 'Services Ltd', 'Partners SARL', 'Agency Ltd'] } as const;
const POOLS = { exporter: 300, importer: 2_000, end_user: 5_000, broker: 500 } as const;
const SEEDS = { exporter: 0x27d4eb2d, importer: 0x165667b1, end_user: 0x61c88647, broker: 0x7feb352d } as const;

function partyName(role: keyof typeof POOLS, index: number): string {
  let h = Math.imul(index ^ SEEDS[role], 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  const n = h % POOLS[role];
  return `${WORDS[n % 20]} ${WORDS[Math.floor(n / 20) % 20]} ${FORMS[role][Math.floor(n / 400) % 5]}${n >= 2_000 ? ` ${Math.floor(n / 2_000) + 1}` : ''}`;
}

/** One synthetic application. */
export function makeRecord(random: () => number, index: number): Record<string, unknown> {
  const state = pick(random, DESTINATIONS);
  const type = pick(random, TYPES);
  const items = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
    const flagRoll = random();
    const flags = flagRoll < 0.005 ? ['cluster-munition'] : flagRoll < 0.008 ? ['anti-personnel-mine'] : flagRoll < 0.04 ? undefined : [];
    return { category: pick(random, CATEGORIES), class: pick(random, CLASSES), quantity: 1 + Math.floor(random() * 5000), ...(flags ? { flags } : {}) };
  });
  const euc = pick(random, [
    [{ present: true, issuer: 'government', authenticated: true, non_reexport_clause: true, delivery_verification: true }, 70],
    [{ present: true, issuer: 'government', authenticated: true, non_reexport_clause: true, delivery_verification: false }, 10],
    [{ present: true, issuer: 'end-user', authenticated: false, non_reexport_clause: false, delivery_verification: false }, 5],
    [{ present: false }, 5],
    [undefined, 10],
  ] as const);
  const record: Record<string, unknown> = {
    id: `GEN-${String(index).padStart(7, '0')}`,
    date: `2026-0${1 + Math.floor(random() * 6)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    activity: pick(random, [['export', 90], ['brokering', 5], ['transit', 5]] as const),
    exporter: { state: pick(random, [['XA', 90], ['XG', 10]] as const), name: partyName('exporter', index) },
    importer: { state, name: partyName('importer', index) },
    end_user: { name: state === 'SO' && random() < 0.3 ? 'Al-Shabaab' : partyName('end_user', index), state, ...(type ? { type } : {}) },
    items,
  };
  const own = random();
  if (own < 0.95) record.own_use_movement = false;
  else if (own < 0.97) record.own_use_movement = true;
  const transit = random();
  if (transit < 0.7) record.transit = [];
  else if (transit < 0.95) record.transit = [{ state: 'XH', no_objection: random() < 0.9 }];
  const brokers = random();
  if (brokers < 0.75) record.brokers = [];
  else if (brokers < 0.95) record.brokers = [{ name: partyName('broker', index), state: 'XB', registered: random() < 0.9 }];
  if (euc) record.end_user_certificate = euc;
  const mitigation = random();
  record.mitigations = mitigation < 0.8 ? [] : mitigation < 0.9 ? [{ measure: 'end-use-monitoring', agreed: true }] : mitigation < 0.95 ? [{ measure: 'post-shipment-verification', agreed: true }] : [{ measure: 'ihl-training', agreed: false }];
  const officer = random();
  if (officer < 0.92) record.officer = { knowledge_6_3: false };
  else if (officer < 0.99) record.officer = {};
  else record.officer = { knowledge_6_3: true };
  return record;
}

const CSV_COLUMNS = [
  'id', 'date', 'activity', 'own_use_movement', 'exporter.state', 'exporter.name', 'importer.state', 'importer.name',
  'end_user.name', 'end_user.state', 'end_user.type',
  ...[0, 1, 2].flatMap(i => [`items[${i}].category`, `items[${i}].class`, `items[${i}].quantity`, `items[${i}].flags`]),
  'transit', 'transit[0].state', 'transit[0].no_objection', 'brokers', 'brokers[0].name', 'brokers[0].state', 'brokers[0].registered',
  'end_user_certificate.present', 'end_user_certificate.issuer', 'end_user_certificate.authenticated', 'end_user_certificate.non_reexport_clause', 'end_user_certificate.delivery_verification',
  'mitigations', 'mitigations[0].measure', 'mitigations[0].agreed', 'officer.knowledge_6_3',
];

function cell(record: Record<string, unknown>, column: string): string {
  const segments = column.replace(/\[(\d+)\]/g, '.$1').split('.');
  let value: unknown = record;
  for (const segment of segments) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : value.every(v => typeof v === 'string') ? value.join(';') : '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes N records as NDJSON and CSV. */
export async function generate(count: number, ndjsonPath: string, csvPath: string, seed = 20261122): Promise<void> {
  const random = rng(seed);
  const ndjson = createWriteStream(ndjsonPath);
  const csv = createWriteStream(csvPath);
  csv.write(`${CSV_COLUMNS.join(',')}\n`);
  const write = (stream: NodeJS.WritableStream, text: string): Promise<void> | void => (stream.write(text) ? undefined : new Promise(r => stream.once('drain', () => r())));
  let nd: string[] = [];
  let cs: string[] = [];
  for (let i = 0; i < count; i++) {
    const record = makeRecord(random, i);
    nd.push(JSON.stringify(record));
    cs.push(CSV_COLUMNS.map(c => cell(record, c)).join(','));
    if (nd.length === 5000 || i === count - 1) {
      await write(ndjson, `${nd.join('\n')}\n`);
      await write(csv, `${cs.join('\n')}\n`);
      nd = [];
      cs = [];
    }
  }
  await Promise.all([new Promise(r => ndjson.end(r)), new Promise(r => csv.end(r))]);
}

/** The project root, whether this file runs from bench/ (tsx, vitest) or compiled into bench/out/js/. */
export const PROJECT_ROOT = new URL(import.meta.url.includes('/bench/out/js/') ? '../../../' : '../', import.meta.url).pathname;
