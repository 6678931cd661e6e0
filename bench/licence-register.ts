// Seeded generator of a fictional licence register for annual reports: licences of the fictional
// state Aldoria (XA), its exports and imports over two years, with refusals, revocations, shipments,
// exhibition exports left out of statistics, and the occasional gap a real register has.
import { rng } from './generate.js';

function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, weight] of weighted) if ((r -= weight) < 0) return value;
  return weighted[weighted.length - 1]![0];
}

// Export partners among the training states (XM is under a fictional UN embargo from 2025).
const PARTNERS = [['XB', 30], ['XD', 15], ['XF', 20], ['XJ', 15], ['XT', 10], ['XM', 3]] as const;
const SUPPLIERS = [['XB', 50], ['XG', 30], ['XH', 20]] as const;
type Line = { category: string; class: string; description: string; salw_subcategory?: string; unit: number };
const LINES: readonly (readonly [Line, number])[] = [
  [{ category: 'small-arms', class: 'arm', salw_subcategory: 'assault-rifles', description: '5.56 mm assault rifles', unit: 900 }, 20],
  [{ category: 'small-arms', class: 'arm', salw_subcategory: 'revolvers-and-self-loading-pistols', description: '9 mm self-loading pistols', unit: 450 }, 15],
  [{ category: 'small-arms', class: 'arm', salw_subcategory: 'rifles-and-carbines', description: '7.62 mm sniper rifles', unit: 4000 }, 6],
  [{ category: 'light-weapons', class: 'arm', salw_subcategory: 'mortars-under-75mm', description: '60 mm mortars', unit: 12000 }, 6],
  [{ category: 'light-weapons', class: 'arm', salw_subcategory: 'grenade-launchers', description: '40 mm under-barrel grenade launchers', unit: 2500 }, 5],
  [{ category: 'armoured-combat-vehicles', class: 'arm', description: '8x8 armoured personnel carriers', unit: 1_800_000 }, 6],
  [{ category: 'large-calibre-artillery', class: 'arm', description: '155 mm towed howitzers', unit: 2_500_000 }, 3],
  [{ category: 'missiles', class: 'arm', description: 'anti-ship missiles', unit: 1_200_000 }, 2],
  [{ category: 'small-arms', class: 'ammunition', description: '5.56 mm ball cartridges', unit: 1 }, 8],
  [{ category: 'small-arms', class: 'arm', description: 'rifles (subcategory not recorded)', unit: 900 }, 1],
];

/** One licence record; `years` are the calendar years licences are spread over. */
export function makeLicenceRecord(random: () => number, index: number, years: readonly number[]): Record<string, unknown> {
  const year = years[Math.floor(random() * years.length)]!;
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const direction = pick(random, [['export', 75], ['import', 15], ['transit', 5], ['other', 5]] as const);
  const partner = pick(random, direction === 'import' ? SUPPLIERS : PARTNERS);
  const exporter = direction === 'import' ? partner : direction === 'other' ? 'XB' : 'XA';
  const importer = direction === 'import' ? 'XA' : direction === 'other' ? 'XF' : partner;
  const items = Array.from({ length: 1 + Math.floor(random() * 2) }, () => {
    const { unit, salw_subcategory, ...line } = pick(random, LINES);
    const quantity = line.class === 'ammunition' ? 10_000 * (1 + Math.floor(random() * 20)) : line.category.startsWith('small') || line.category.startsWith('light') ? 10 * (1 + Math.floor(random() * 50)) : 1 + Math.floor(random() * 8);
    const known = random() < 0.95;
    return { ...line, ...(salw_subcategory ? { salw_subcategory } : {}), ...(known ? { quantity } : {}), value_usd: quantity * unit };
  });
  const record: Record<string, unknown> = {
    id: `LIC-${year}-${String(index).padStart(6, '0')}`,
    date,
    activity: direction === 'import' ? 'import' : direction === 'transit' ? 'transit' : 'export',
    own_use_movement: random() < 0.02,
    exporter: { state: exporter, name: 'Exporting company' },
    importer: { state: importer, name: 'Ministry of Defence' },
    end_user: { name: 'Armed Forces', state: importer, type: pick(random, [['armed-forces', 80], ['police', 20]] as const) },
    items,
    transit: random() < 0.2 ? [{ state: 'XH', no_objection: true }] : [],
    brokers: [],
    end_user_certificate: { present: true, issuer: 'government', authenticated: true, non_reexport_clause: true, delivery_verification: true },
    mitigations: [],
    officer: { knowledge_6_3: false },
  };
  const outcome = pick(random, [['authorized', 82], ['refused', 7], ['revoked', 3], ['none', 4], ['exhibition', 4]] as const);
  const decided = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(28, day + 10)).padStart(2, '0')}`;
  if (outcome !== 'none') record.licence = { status: outcome === 'exhibition' ? 'authorized' : outcome, date: decided, reference: `NL/${year}/${index}` };
  if (outcome === 'exhibition') record.exclude_from_statistics = { reason: 'temporary export for an exhibition, returned' };
  if (outcome === 'authorized' || outcome === 'revoked') {
    // Deliveries follow the licence: all at once, or in two parts, the second possibly in the next year.
    const split = random() < 0.4;
    const ship = (offsetMonths: number, share: number) => ({
      date: `${year + Math.floor((month - 1 + offsetMonths) / 12)}-${String(((month - 1 + offsetMonths) % 12) + 1).padStart(2, '0')}-15`,
      items: items.map((item, i) => ({ index: i, ...(item.quantity !== undefined ? { quantity: Math.round(item.quantity * share) } : {}), value_usd: Math.round(item.value_usd * share) })),
    });
    if (random() < 0.9) record.shipments = split ? [ship(1, 0.5), ship(6, 0.5)] : [ship(2, 1)];
  }
  return record;
}

/** Records numbered from 1, deterministic for a seed. */
export function* licenceRegister(count: number, years: readonly number[], seed = 20250531): Generator<Record<string, unknown>> {
  const random = rng(seed);
  for (let i = 1; i <= count; i++) yield makeLicenceRecord(random, i, years);
}
