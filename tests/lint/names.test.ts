import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/lint/lint.js';
import { loadCriteria } from '../../src/loader/criteria.js';
import { KNOWN_INSTRUMENTS } from '../../src/schema/index.js';
import { CriterionSchema } from '../../src/schema/schemas.js';
import { nearMiss } from '../../src/lint/open-names.js';

const TODAY = '2026-11-22';
const file = (fixture: string): string => `fixtures/lint/${fixture}/criteria/national-check.yaml`;

// Every name a criterion takes from a vocabulary: the fixture with one typo, where it is reported, and the suggestion.
const NAMES: [what: string, fixture: string, code: string, severity: string, line: number, column: number, hint: string][] = [
  ['a document property (document.has)', 'document-has', 'unknown-field', 'error', 8, 71, 'did you mean "non_reexport_clause"?'],
  ['a state-profile value (profile.in)', 'unknown-value', 'unknown-value', 'error', 7, 65, 'did you mean "internal"?'],
  ['a treaty (party_to.instrument)', 'unknown-instrument', 'unknown-instrument', 'warning', 8, 51, 'did you mean "firearms-protocol"?'],
  ['a mitigation measure (mitigated_by)', 'unknown-measure', 'unknown-measure', 'warning', 9, 5, 'did you mean "end-use-monitoring"?'],
  ['a risk factor (addresses)', 'unknown-risk-factor', 'unknown-risk-factor', 'error', 13, 48, 'did you mean "ongoing-conflict"?'],
  ['a value of a record field (equals)', 'field-value', 'condition-never', 'warning', 7, 7, 'did you mean "police"?'],
  ['a value outside a record field\'s list (in)', 'condition-never', 'condition-never', 'warning', 7, 7, 'use one of armed-forces, police, other-government, private-company, individual, non-state-armed-group, unknown'],
];

describe('names a criterion refers to', () => {
  it.each(NAMES)('a typo in %s is reported at its position with a suggestion', async (_what, fixture, code, severity, line, column, hint) => {
    const { problems } = await lintPaths([`fixtures/lint/${fixture}`], TODAY);
    expect(problems).toEqual([expect.objectContaining({ code, severity, hint, location: { file: file(fixture), line, column } })]);
  });

  it('a typo in a field a policy floor reads is reported where it is written', async () => {
    const { problems } = await lintPaths(['fixtures/lint/floor-field'], TODAY);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'unknown-field', severity: 'error', hint: 'did you mean "end_user.type"?', location: { file: 'fixtures/lint/floor-field/policy.yaml', line: 76, column: 22 } }),
    ]);
  });

  it('a typo in a treaty a state profile lists is reported where it is written', async () => {
    const { problems } = await lintPaths(['fixtures/lint/context-treaty'], TODAY);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'unknown-instrument', severity: 'warning', hint: 'did you mean "firearms-protocol"?', location: { file: 'fixtures/lint/context-treaty/states.yaml', line: 7, column: 23 } }),
    ]);
  });

  it('a name far from every known one is accepted where the vocabulary is open', async () => {
    expect(nearMiss('wassenaar-arrangement', KNOWN_INSTRUMENTS)).toBeUndefined();
    // Short ids differ by little: the Chemical Weapons Convention is not the CCW.
    expect(nearMiss('cwc', KNOWN_INSTRUMENTS)).toBeUndefined();
    expect(nearMiss('untoc', KNOWN_INSTRUMENTS)).toBeUndefined();
    expect(nearMiss('rome-statue', KNOWN_INSTRUMENTS)).toBe('rome-statute');
    const { problems } = await lintPaths(['criteria'], TODAY);
    expect(problems.filter(p => p.code === 'unknown-instrument' || p.code === 'unknown-measure')).toEqual([]);
  });

  it('a closed-vocabulary typo stops the set from loading for assess too', async () => {
    for (const fixture of ['document-has', 'unknown-value']) {
      const loaded = await loadCriteria(`fixtures/lint/${fixture}`);
      expect(loaded.compiled).toBeUndefined();
      expect(loaded.diagnostics.map(d => d.location)).toEqual([{ file: file(fixture), line: NAMES.find(n => n[1] === fixture)![4], column: NAMES.find(n => n[1] === fixture)![5] }]);
    }
  });

  it('an open-vocabulary typo is only a warning: the set still loads', async () => {
    for (const fixture of ['unknown-instrument', 'unknown-measure']) {
      const loaded = await loadCriteria(`fixtures/lint/${fixture}`);
      expect(loaded.diagnostics).toEqual([]);
      expect(loaded.compiled).toBeDefined();
    }
  });

  it('every yes/no property of the end-user certificate, and every profile value, is accepted', () => {
    const base = { id: 'c', version: 1, title: 't', kind: 'risk', basis: ['ATT 11(2)'], question: 'q?', level: 'high', explain: { triggered: 't', clear: 'c', unknown: 'u' } };
    const has = ['present', 'authenticated', 'non_reexport_clause', 'delivery_verification'];
    expect(CriterionSchema.safeParse({ ...base, when: { document: { name: 'end_user_certificate', has } } }).success).toBe(true);
    expect(CriterionSchema.safeParse({ ...base, when: { document: { name: 'end_user_certificate', has: ['issuer'] } } }).success).toBe(false);
    expect(CriterionSchema.safeParse({ ...base, when: { profile: { state: 'importer', field: 'att', in: ['party', 'signatory', 'none'] } } }).success).toBe(true);
    expect(CriterionSchema.safeParse({ ...base, when: { profile: { state: 'importer', field: 'att', in: ['internal'] } } }).success).toBe(false);
  });
});
