// The measured half of bench/screening.ts: plain JavaScript on the compiled matcher (dist/), so the
// numbers are those of the shipped code, not of a development transpiler. Run through the driver.
import { DEFAULT_SCREENING } from '../dist/schema/index.js';
import { ScreeningIndex, screenName } from '../dist/screening/index.js';

const SYLLABLES = ['al', 'ab', 'ba', 'dar', 'far', 'gul', 'ha', 'jan', 'ka', 'kar', 'lo', 'ma', 'mir', 'na', 'nor', 'qa', 'ra', 'sa', 'sha', 'tal', 'ur', 'va', 'za', 'zar', 'ben', 'dor', 'el', 'fin', 'gor', 'is', 'ko', 'lin', 'mon', 'pet', 'ros', 'stan', 'tor', 'vik', 'wen', 'yus'];
const WORDS = ['Trading', 'Logistics', 'Holdings', 'Shipping', 'Group', 'Industries', 'Services', 'Foundation', 'Brigade', 'Front'];
const FORMS = ['LLC', 'Ltd', 'FZE', 'GmbH', 'S.A.', ''];

// A small deterministic generator (mulberry32).
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dataset(parties) {
  const rand = random(20260301);
  const pick = list => list[Math.floor(rand() * list.length)];
  const word = () => {
    const w = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join('');
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const person = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, word).join(' ');
  const company = () => `${word()} ${word()} ${pick(WORDS)} ${pick(FORMS)}`.trim();
  const entries = Array.from({ length: 1000 }, (_, i) => {
    const name = i % 2 ? person() : company();
    return { list: `list-${i % 4}`, name, aliases: [person(), company(), word() + ' ' + word()], reference: `X.${i}` };
  });
  const typo = name => {
    const at = 1 + Math.floor(rand() * (name.length - 2));
    return name.slice(0, at) + name.charAt(at + 1) + name.charAt(at) + name.slice(at + 2);
  };
  // One party in ten is a variant of a listed name (typo, reordered, extra word); the rest are new.
  const names = Array.from({ length: parties }, (_, i) => {
    if (i % 10) return i % 3 ? person() : company();
    const entry = pick(entries);
    const listed = rand() < 0.5 ? entry.name : pick(entry.aliases);
    const variant = rand();
    if (variant < 0.4) return typo(listed);
    if (variant < 0.7) return listed.split(' ').reverse().join(' ');
    return `${listed} ${pick(WORDS)}`;
  });
  return { entries, names };
}

function run(mode, parties) {
  const { entries, names } = dataset(parties);
  const t0 = performance.now();
  const index = new ScreeningIndex(entries);
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  let flagged = 0;
  const best = [];
  for (const name of names) {
    const hits = screenName(index, name, { policy: DEFAULT_SCREENING, exhaustive: mode === 'naive' });
    const top = hits[0];
    if (top && top.band !== 'clear') flagged++;
    best.push(top && top.band !== 'clear' ? `${top.entry.reference}:${top.match.score}` : '');
  }
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const result = { mode, parties, listedNames: entries.length * 4, buildMs: t1 - t0, screenMs: t2 - t1, perName: (t2 - t1) / parties, cpuMs: (cpu.user + cpu.system) / 1000, flagged, maxRssMb: process.resourceUsage().maxRSS / 1024, best };
  process.stdout.write(JSON.stringify(result));
}


run(process.argv[2], Number(process.argv[3]));
