import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { RESERVED_KEYS } from '../../src/schema/index.js';
import { loadContext } from '../../src/loader/context.js';
import { loadCriteria } from '../../src/loader/criteria.js';
import { checkJsonKeys } from '../../src/loader/json-keys.js';
import { atra, crashed, record, scratch } from './helpers.js';

const dir = scratch();
const reserved = fc.constantFrom(...RESERVED_KEYS);
let n = 0;
const file = (ext: string, text: string): string => {
  const path = join(dir, `f${n++}.${ext}`);
  writeFileSync(path, text);
  return path;
};

/** The JSON report of assessing `path`, with the invariant every report keeps. */
interface JsonReport {
  results: { id: string }[];
  errors: { source: string; message: string }[];
  summary: { records: number; assessed: number; errors: number };
}

async function report(path: string, ...args: string[]): Promise<JsonReport> {
  const run = await atra(['assess', path, '--format', 'json', ...args]);
  expect(crashed(run)).toBe(false);
  const parsed = JSON.parse(run.stdout) as JsonReport;
  expect(parsed.summary.records).toBe(parsed.summary.assessed + parsed.summary.errors);
  return parsed;
}

describe('duplicate keys and columns are errors with positions', () => {
  it('JSON and YAML: a second "state" never silently wins', async () => {
    const json = file('json', '{"id": "D-1", "date": "2026-03-14", "importer": {"state": "XB", "state": "KP"}, "items": [{"category": "small-arms", "class": "arm"}]}');
    const yaml = file('yaml', 'id: D-1\ndate: 2026-03-14\nimporter:\n  state: XB\n  state: KP\nitems: [{ category: small-arms, class: arm }]\n');
    for (const path of [json, yaml]) {
      const run = await atra(['assess', path]);
      expect(run.code).toBe(2);
      expect(run.stdout).toMatch(/duplicate-key/);
      expect(run.stdout).toMatch(new RegExp(`${path}:\\d+:\\d+`));
    }
  });

  it('NDJSON: a duplicate at any depth is an error at its line and column; the other lines go on', async () => {
    const path = file('ndjson', [JSON.stringify(record({ id: 'OK' })), '{"id":"D","date":"2026-03-14","items":[{"category":"small-arms","class":"arm","class":"ammunition"}]}'].join('\n'));
    const parsed = await report(path);
    expect(parsed.results.map(r => r.id)).toEqual(['OK']);
    expect(parsed.errors[0]?.message).toMatch(new RegExp(`${path}:2:\\d+ .*duplicate-key`));
  });

  it('NDJSON: lines nested too deeply to walk are errors at their lines, and the lines around them go on', async () => {
    const deep = (n: number): string => `{"id":"DEEP","date":"2026-03-14","items":[{"category":"small-arms","class":"arm","x":${'['.repeat(n)}${']'.repeat(n)}}]}`;
    const path = file('ndjson', [deep(20000), JSON.stringify(record({ id: 'OK' })), deep(30000)].join('\n'));
    for (const jobs of ['0', '2']) {
      const parsed = await report(path, '--jobs', jobs);
      expect(parsed.summary.records).toBe(3);
      expect(parsed.results.map(r => r.id)).toEqual(['OK']);
      expect(parsed.errors.map(e => e.source)).toEqual([`${path}:1`, `${path}:3`]);
    }
  });

  it('CSV: two columns for one field (however written) stop the file naming both', async () => {
    const path = file('csv', 'id,date,items[0].category,items.0.category,items[0].class\nA,2026-03-14,small-arms,other,arm\n');
    const run = await atra(['assess', path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('column 4');
    expect(run.stdout).toContain('column 3');
  });
});

describe('the JSON key check agrees with a plain reference', () => {
  // Objects written as text, so keys can repeat; keys and string values use quotes, backslashes and
  // escapes that could confuse a scanner.
  type Tree = { keys: string[]; values: (Tree | string)[] };
  const text = fc.constantFrom('a', 'b', '"', '\\', ':', ',', '{', '}', '\u0061', 'é');
  const key = fc.array(text, { minLength: 1, maxLength: 3 }).map(parts => parts.join(''));
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>(tie => ({
    tree: fc.array(fc.tuple(key, fc.oneof({ depthSize: 'small' }, key, tie('tree'))), { maxLength: 4 }).map(pairs => ({ keys: pairs.map(p => p[0]), values: pairs.map(p => p[1]) })),
  })).tree;
  const write = (t: Tree | string): string => (typeof t === 'string' ? JSON.stringify(t) : `{${t.keys.map((k, i) => `${JSON.stringify(k)}:${write(t.values[i] as Tree | string)}`).join(',')}}`);
  const hasDuplicate = (t: Tree | string): boolean => typeof t !== 'string' && (new Set(t.keys).size !== t.keys.length || t.values.some(hasDuplicate));

  it('property: a duplicate is found exactly when one exists', () => {
    fc.assert(
      fc.property(tree, t => {
        const json = write(t);
        const problem = checkJsonKeys(json, JSON.parse(json));
        expect(problem?.code === 'duplicate-key').toBe(hasDuplicate(t));
      }),
      { numRuns: 300 },
    );
  });
});

describe('Object.prototype names are rejected as keys everywhere', () => {
  it('property: in a record (YAML, JSON, NDJSON, CSV header), at any depth', async () => {
    await fc.assert(
      fc.asyncProperty(reserved, fc.constantFrom('top', 'end_user', 'items'), async (key, where) => {
        const raw = record();
        const target = where === 'top' ? raw : where === 'end_user' ? (raw.end_user as Record<string, unknown>) : ((raw.items as Record<string, unknown>[])[0] as Record<string, unknown>);
        const json = JSON.stringify(raw).replace(/^\{|(?<="end_user":\{)|(?<="items":\[\{)/g, m => `${m}${JSON.stringify(key)}:1,`);
        expect(target).toBeDefined();
        for (const path of [file('json', json), file('ndjson', `${JSON.stringify(record({ id: 'fine' }))}\n${json}`)]) {
          const parsed = await report(path);
          expect(parsed.errors.some(e => e.message.includes('reserved-key'))).toBe(true);
          expect(parsed.results.every(r => r.id !== 'APP-1')).toBe(true);
        }
        const csv = file('csv', `id,date,items[0].category,${where === 'top' ? key : `end_user.${key}`}\nA,2026-03-14,small-arms,x\n`);
        const run = await atra(['assess', csv]);
        expect(run.code).toBe(2);
        expect(crashed(run)).toBe(false);
        expect(run.stdout).toMatch(/column 4/);
      }),
      { numRuns: 20 },
    );
  });

  it('property: in criteria and context files, with a position; never dropped silently', async () => {
    await fc.assert(
      fc.asyncProperty(reserved, async key => {
        const context = join(dir, `ctx${n++}`);
        mkdirSync(context);
        writeFileSync(join(context, 'states.yaml'), `as_of: 2026-01-01\nsources: [x]\nstates:\n  XB: { att: party }\n  ${JSON.stringify(key)}: { att: none }\n`);
        const loaded = await loadContext([context]);
        expect(loaded.diagnostics.map(d => [d.code, d.location?.line])).toContainEqual(['reserved-key', 5]);
        const set = join(dir, `set${n++}`);
        mkdirSync(set);
        writeFileSync(join(set, 'set.yaml'), `id: x\nversion: 1\ntitle: x\nextends: att\ncriteria: []\noverrides:\n  ${JSON.stringify(key)}: { level: high }\n`);
        const criteria = await loadCriteria(set);
        expect(criteria.diagnostics.map(d => [d.code, d.location?.line])).toContainEqual(['reserved-key', 7]);
      }),
      { numRuns: 15 },
    );
  });
});

describe('ids are normalised before duplicates are found', () => {
  const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e', '\u202e', '\u3164', '\ufe0f', ' ', '\t', '\u00a0', '\u3000');
  it('property: an id padded or salted with invisible characters is the same application', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(invisible, { minLength: 1, maxLength: 4 }), fc.nat(6), fc.constantFrom('ndjson', 'yaml', 'csv'), async (salt, at, format) => {
        const base = 'APP-2026-0042';
        const cut = at % (base.length + 1);
        const salted = at % 2 ? `${salt.join('')}${base}${salt.join('')}` : `${base.slice(0, cut)}${salt.filter(c => !/\s/.test(c)).join('')}${base.slice(cut)}`;
        const records = [record({ id: base }), record({ id: salted })];
        const path =
          format === 'ndjson'
            ? file('ndjson', records.map(r => JSON.stringify(r)).join('\n'))
            : format === 'yaml'
              ? file('json', JSON.stringify(records))
              : file('csv', `id,date,items[0].category,items[0].class\n${records.map(r => `"${String(r.id)}",2026-03-14,small-arms,arm`).join('\n')}\n`);
        const parsed = await report(path);
        expect(parsed.results).toHaveLength(1);
        expect(parsed.errors).toHaveLength(1);
        expect(parsed.errors[0]?.message).toContain('duplicate-id');
      }),
      { numRuns: 30 },
    );
  });
});
