import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_DIAGNOSTIC_CODES, DIAGNOSTIC_CODES, helpPage, type DiagnosticCode } from '../../src/diagnostics/index.js';
import { LINT_CODES } from '../../src/diagnostics/index.js';
import { runInProcess } from '../helpers/run-cli.js';

// Every code lint reports has a fixture in tests/lint/lint.test.ts (checked there against LINT_CODES).
// The codes only other commands report are produced here, one input each, through the real CLI.
let dir = '';
const RECORD = 'id: r1\ndate: 2025-01-10\nitems: [{ category: small-arms, class: arm }]\n';

/** Each code, the files it needs, and the command that must report it (`@/` is the case's own folder). */
const CASES: [code: DiagnosticCode, files: Record<string, string | Buffer>, argv: string[]][] = [
  ['encoding', { 'r.yaml': Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]) }, ['assess', '@/r.yaml']],
  ['invalid-utf8', { 'r.yaml': Buffer.concat([Buffer.from('id: r1\nend_use: '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]) }, ['assess', '@/r.yaml']],
  ['nul-byte', { 'r.yaml': Buffer.from('id: r1\0\n') }, ['assess', '@/r.yaml']],
  ['input-too-large', { 'r.ndjson': `${JSON.stringify({ id: 'r1' })}\n`.repeat(10) }, ['assess', '@/r.ndjson', '--max-input-size', '20']],
  ['record-too-large', { 'r.csv': `id,date,items[0].category,items[0].class\nr1,2025-01-10,"small-arms,arm\n${'r2,2025-01-10,small-arms,arm\n'.repeat(10)}` }, ['assess', '@/r.csv', '--max-record-size', '100']],
  ['line-too-long', { 'r.ndjson': `${JSON.stringify({ id: 'r1', date: '2025-01-10', end_use: 'x'.repeat(200), items: [{ category: 'small-arms', class: 'arm' }] })}\n` }, ['assess', '@/r.ndjson', '--max-line-length', '100']],
  ['json-syntax', { 'r.json': '{ "id": "r1", }' }, ['assess', '@/r.json']],
  ['csv', { 'r.csv': 'id,date,items[0].category,items[0].class\nr1,2025-01-10,small-arms,arm,extra\n' }, ['assess', '@/r.csv']],
  ['csv-header', { 'r.csv': 'id,date,items[0].categry,items[0].class\nr1,2025-01-10,small-arms,arm\n' }, ['assess', '@/r.csv']],
  ['record', { 'r.ndjson': `${JSON.stringify({ id: 'r1', date: '2025-01-10' })}\n` }, ['assess', '@/r.ndjson']],
  ['record-shape', { 'r.yaml': 'just text\n' }, ['assess', '@/r.yaml']],
  ['date-out-of-range', { 'r.yaml': RECORD.replace('2025-01-10', '1850-01-10') }, ['assess', '@/r.yaml']],
  ['context', { 'r.yaml': RECORD, 'ctx/states.yaml': 'states:\n  XA: { att: member }\n' }, ['assess', '@/r.yaml', '--context', '@/ctx']],
  ['context-empty', { 'r.yaml': RECORD, 'empty/README.txt': 'nothing here\n' }, ['assess', '@/r.yaml', '--context', '@/empty']],
  ['determinations', { 'r.yaml': RECORD, 'determinations.yaml': 'determinations:\n  - id: d1\n' }, ['assess', '@/r.yaml', '--determinations', '@/determinations.yaml']],
  ['advice', { 'r.yaml': RECORD, 'advice.yaml': '- kind: advice\n  record: r1\n  advice: maybe\n' }, ['assess', '@/r.yaml', '--advice', '@/advice.yaml']],
  ['case', { 'suite/bad.cases.yaml': 'criteria: att\ncases: 3\n' }, ['test', '@/suite']],
  ['national-definitions', { 'r.yaml': RECORD, 'national.yaml': 'definitions:\n  - term: export\n' }, ['report', 'att-annual', '@/r.yaml', '--year', '2025', '--reporting-state', 'XA', '--basis', 'authorized', '--national-definitions', '@/national.yaml']],
  ['scenario', { 'scenario/scenario.yaml': 'id: s99\ntitle: 3\n' }, ['exercise', '@/scenario', '--template']],
  ['answers', { 'answers.yaml': 'answers:\n  - { criterion: att-6-1-un-arms-embargo, status: perhaps }\n' }, ['exercise', 's01-rifles-for-belmark', '--answers', '@/answers.yaml']],
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atra-codes-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the diagnostic registry', () => {
  it('every code is produced by a lint fixture or by one of the inputs below', () => {
    const covered = new Set<DiagnosticCode>([...LINT_CODES, ...CASES.map(c => c[0])]);
    expect(ALL_DIAGNOSTIC_CODES.filter(code => !covered.has(code))).toEqual([]);
  });

  it('has a help page for every code, and no page for a code that is not registered', () => {
    const pages = readdirSync('docs/codes').filter(name => name !== 'README.md').map(name => name.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual([...ALL_DIAGNOSTIC_CODES].sort());
    for (const code of ALL_DIAGNOSTIC_CODES) expect(helpPage(code)).toBe(`docs/codes/${code}.md`);
  });

  it('every diagnostic the sources write has its code\'s registered severity', () => {
    const files = readdirSync('src', { recursive: true }).map(String).filter(name => name.endsWith('.ts'));
    let seen = 0;
    for (const name of files) {
      for (const [, code, severity] of readFileSync(join('src', name), 'utf8').matchAll(/code: '([a-z0-9-]+)',? severity: '(error|warning)'/g)) {
        seen++;
        expect(DIAGNOSTIC_CODES[code as DiagnosticCode]?.severity, `${name}: ${code}`).toBe(severity);
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('has a title for every code', () => {
    for (const code of ALL_DIAGNOSTIC_CODES) expect(DIAGNOSTIC_CODES[code].title, code).toMatch(/^[A-Z].*\.$/);
  });

  it.each(CASES)('%s is reported with a position', async (code, files, argv) => {
    const own = join(dir, code);
    mkdirSync(own, { recursive: true });
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(own, name, '..'), { recursive: true });
      writeFileSync(join(own, name), content);
    }
    const args = argv.map(arg => (arg.startsWith('@/') ? join(own, arg.slice(2)) : arg));
    const run = await runInProcess(args);
    const line = `${run.stdout}\n${run.stderr}`.split('\n').map(text => text.trim()).find(text => text.includes(`  ${DIAGNOSTIC_CODES[code].severity}  ${code}  `));
    expect(line, `${run.stdout}\n${run.stderr}`).toBeDefined();
    expect(line).toMatch(new RegExp(`^\\S+:\\d+(:\\d+)?  ${DIAGNOSTIC_CODES[code].severity}  ${code}  `));
  });
});
