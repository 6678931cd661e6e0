import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFor } from '../../src/schema/schemas.js';
import { loadContext } from '../../src/loader/context.js';
import { XMLParser } from 'fast-xml-parser';
import { parseUnList, UN_LIST_XML_OPTIONS } from '../../src/screening/un-list.js';

const readXml = (path: string): unknown => new XMLParser(UN_LIST_XML_OPTIONS).parse(readFileSync(path, 'utf8'));
import { cli } from './run-cli.js';

const XML = 'fixtures/screening/un-consolidated-synthetic.xml';

describe('atra context import un-list', () => {
  it('reads names, aliases, original script, nationality, reference and listing date from the XML', () => {
    const list = parseUnList(readXml(XML));
    expect(list.generated).toBe('2026-02-01');
    const person = list.entries.find(e => e.entry.reference === 'QDi.901');
    expect(person).toMatchObject({ listType: 'Al-Qaida', dataId: '9900001' });
    expect(person?.entry).toEqual({
      name: 'QASIM FARUQ AL-ZAYDANI',
      aliases: ['Abu Hafs al-Zaydani', 'Kasim Farouk Zaidani', 'قاسم فاروق الزيداني'],
      type: 'individual',
      country: 'IQ',
      reference: 'QDi.901',
      listed_on: '2019-05-14',
    });
    expect(list.notes).toContain('QDi.901: low-quality alias "Abu Hafs" left out');
    expect(parseUnList(readXml(XML), { lowQualityAliases: true }).entries[0]?.entry.aliases).toContain('Abu Hafs');
  });

  it('writes a dated, sourced embargoes.yaml that loads, lints clean and is the committed fixture', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atra-unlist-'));
    const { code, stdout } = await cli(['context', 'import', 'un-list', XML, '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/2 into un-isil-al-qaida, 1 into un-taliban/);
    expect(stdout).toMatch(/1 entry of list type "DRC" not imported/);
    const written = readFileSync(join(out, 'embargoes.yaml'), 'utf8');
    const value = parse(written);
    // The imported entries are those of the committed fixture (the rest is copied from the built-in context).
    const imported = (file: { embargoes: { id: string; listed: unknown[] }[] }) => file.embargoes.map(e => [e.id, e.listed.filter(l => typeof l === 'object')]);
    expect(imported(value)).toEqual(imported(parse(readFileSync('fixtures/screening/context/embargoes.yaml', 'utf8'))));
    expect(value.as_of).toBe('2026-02-01');
    expect(value.sources[0]).toMatch(/un-consolidated-synthetic\.xml \(sha256 [0-9a-f]{64}\), generated 2026-02-01/);
    const loaded = await loadContext([out]);
    expect(loaded.diagnostics).toEqual([]);
    expect((await cli(['lint', out])).code).toBe(0);
  });

  it('imports a list type into the embargo named by --map', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atra-unlist-'));
    const { stdout } = await cli(['context', 'import', 'un-list', XML, '--out', out, '--map', 'DRC=un-taliban']);
    expect(stdout).toMatch(/2 into un-isil-al-qaida, 2 into un-taliban/);
    expect(stdout).not.toMatch(/not imported/);
  });

  it('reports a file that is not the consolidated list as a usage error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'atra-unlist-')), 'other.xml');
    writeFileSync(file, '<sdnList></sdnList>');
    const { code, stderr } = await cli(['context', 'import', 'un-list', file, '--out', join(tmpdir(), 'unused')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no CONSOLIDATED_LIST element/);
  });
});

describe('listed entries as names or { name, aliases }', () => {
  const embargoes = `as_of: 2026-01-01
sources: [test]
embargoes:
  - id: xq-listed
    authority: other
    basis: Test regime
    target: XQ
    scope: listed
    listed:
      - Quarnland People's Militia
      - { name: Northern Spear Brigade, aliases: [NSB, Spear of the North], type: entity, country: XQ, reference: T-1 }
    categories: all
    from: 2020-01-01
    until: null
`;
  it('load, lint and validate against atra schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atra-listed-'));
    writeFileSync(join(dir, 'embargoes.yaml'), embargoes);
    expect((await loadContext([dir])).diagnostics).toEqual([]);
    expect((await cli(['lint', dir])).code).toBe(0);
    const validate = new Ajv2020({ strict: false }).compile(jsonSchemaFor('embargoes'));
    expect(validate(parse(embargoes))).toBe(true);
    expect(validate(parse(embargoes.replace('aliases: [NSB, Spear of the North]', 'aliases: NSB')))).toBe(false);
  });
});

describe('atra lint on screening decisions', () => {
  const base = readFileSync('fixtures/screening/screening-decisions.yaml', 'utf8');
  async function lint(text: string) {
    const dir = mkdtempSync(join(tmpdir(), 'atra-decisions-'));
    writeFileSync(join(dir, 'screening-decisions.yaml'), text);
    const { code, stdout } = await cli(['lint', dir, 'fixtures/screening/context', '--today', '2026-06-01', '--format', 'json']);
    return { code, codes: (JSON.parse(stdout).problems as { code: string }[]).map(p => p.code) };
  }

  it('accepts the worked decision', async () => {
    expect(await lint(base)).toEqual({ code: 0, codes: [] });
  });

  it('rejects a decision without a reason', async () => {
    expect((await lint(base.replace(/ {4}reason: >-\n(?: {6}.*\n)+/, ''))).codes).toEqual(['screening-no-reason']);
  });

  it('rejects a decision whose expiry has passed', async () => {
    expect((await lint(base.replace('expires: 2027-03-10', 'expires: 2026-05-01'))).codes).toEqual(['screening-expired']);
  });

  it('rejects a decision that matches no listed name (the entry changed)', async () => {
    expect((await lint(base.replace('listed: NORTHERN SPEAR LOGISTICS FZE', 'listed: NORTHERN SPEAR LOGISTICS FZCO'))).codes).toEqual(['screening-no-entry']);
    expect((await lint(base.replace('reference: QDe.961', 'reference: QDe.962'))).codes).toEqual(['screening-no-entry']);
  });
});
