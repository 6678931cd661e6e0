// Writes the fixture licence register (fixtures/register/) in every input format: the same records
// as NDJSON, CSV, YAML (one flow mapping per line) and JSON. Run: npx tsx bench/write-register.ts
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { licenceRegister } from './licence-register.js';

/** Flattens a record to CSV header paths (`items[0].quantity`); an empty list is its bare column holding []. */
function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (Array.isArray(value)) {
    if (!value.length) out.set(path, '[]');
    value.forEach((element, i) => flatten(element, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, path ? `${path}.${key}` : key, out);
  } else if (value !== undefined) {
    out.set(path, String(value));
  }
}

const quote = (text: string): string => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const dir = process.argv[2] ?? 'fixtures/register';
// Cases a real register has, written out so that each reason for leaving a record out occurs in 2025.
const base = { activity: 'export', own_use_movement: false, exporter: { state: 'XA' }, end_user_certificate: { present: true, issuer: 'government', authenticated: true, non_reexport_clause: true, delivery_verification: true }, transit: [], brokers: [], mitigations: [], officer: { knowledge_6_3: false } };
const rifles = { category: 'small-arms', class: 'arm', salw_subcategory: 'assault-rifles', description: '5.56 mm assault rifles', quantity: 40, value_usd: 36000 };
const SPECIAL = [
  { ...base, id: 'LIC-2025-EMB-1', date: '2025-03-02', importer: { state: 'XM' }, end_user: { state: 'XM', type: 'armed-forces', name: 'Morvalian Army' }, items: [rifles], licence: { status: 'authorized', date: '2025-03-20' }, shipments: [{ date: '2025-04-10', items: [{ index: 0, quantity: 40, value_usd: 36000 }] }] },
  { ...base, id: 'LIC-2025-OWN-1', date: '2025-05-02', own_use_movement: true, importer: { state: 'XB' }, end_user: { state: 'XB', type: 'armed-forces', name: 'Aldorian contingent' }, items: [rifles], licence: { status: 'authorized', date: '2025-05-03' } },
  { ...base, id: 'LIC-2025-SHP-1', date: '2025-06-02', importer: { state: 'XB' }, end_user: { state: 'XB', type: 'armed-forces', name: 'Belmark Army' }, items: [rifles], licence: { status: 'authorized', date: '2025-06-10' }, shipments: [{ date: '2025-07-01', items: [{ index: 0, quantity: 40, value_usd: 36000 }, { index: 3, quantity: 5 }] }] },
  { ...base, id: 'LIC-2025-NOP-1', date: '2025-07-02', importer: {}, end_user: { type: 'armed-forces', name: 'Unknown forces' }, items: [rifles], licence: { status: 'authorized', date: '2025-07-10' } },
  { ...base, id: 'LIC-2025-SHP-1', date: '2025-08-02', importer: { state: 'XB' }, end_user: { state: 'XB', type: 'armed-forces', name: 'Belmark Army' }, items: [rifles], licence: { status: 'authorized', date: '2025-08-10' } },
  { ...base, id: 'LIC-2025-BAD-1', date: '2025-13-02', importer: { state: 'XB' }, items: [rifles] },
];
const records = [...licenceRegister(240, [2024, 2025]), ...SPECIAL];
writeFileSync(`${dir}/register.ndjson`, records.map(r => JSON.stringify(r)).join('\n') + '\n');
writeFileSync(`${dir}/register.json`, `[\n${records.map(r => `  ${JSON.stringify(r)}`).join(',\n')}\n]\n`);
writeFileSync(`${dir}/register.yaml`, `# The fixture licence register, one record per line (same records as register.ndjson).\n${records.map(r => `- ${stringify(r, { collectionStyle: 'flow', lineWidth: 0 }).trim()}`).join('\n')}\n`);
const rows = records.map(r => {
  const cells = new Map<string, string>();
  flatten(r, '', cells);
  return cells;
});
const columns: string[] = [];
for (const row of rows) for (const key of row.keys()) if (!columns.includes(key)) columns.push(key);
writeFileSync(`${dir}/register.csv`, [columns.join(','), ...rows.map(row => columns.map(c => quote(row.get(c) ?? '')).join(','))].join('\n') + '\n');
console.log(`${records.length} records written to ${dir}/register.{ndjson,json,yaml,csv}`);
