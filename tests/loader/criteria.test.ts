import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/loader/criteria.js';

const INVALID = 'fixtures/criteria/invalid';
const FILE = 'criteria/national-small-arms.yaml';

describe('criteria loading', () => {
  it('the built-in ATT set loads and compiles with no diagnostics', async () => {
    const loaded = await loadCriteria('att');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.compiled!.criteria.length).toBe(26);
  });

  it.each([
    ['unknown-key', 'unknown-key', 8, 1, 'unknown key "levle"', 'did you mean "level"?'],
    ['bad-operator', 'unknown-key', 10, 7, 'unknown key "equal"', 'did you mean "equals"?'],
    ['wrong-type', 'schema', 5, 8, 'expected a list; got text "ATT 10"', 'write it as a list: [ATT 10]'],
    ['unknown-field', 'unknown-field', 9, 14, '"end_user.kind" is not a field of a transfer record', 'did you mean "end_user.name"?'],
    ['unknown-level', 'unknown-level', 8, 8, 'level "severe" is not defined by policy att-baseline-policy', undefined],
    ['bad-basis', 'basis-format', 5, 9, 'expected a legal reference such as ATT 7(1)(b)(i)', undefined],
  ])('%s is rejected at file:line:col with a fix', async (name, code, line, column, message, hint) => {
    const loaded = await loadCriteria(`${INVALID}/${name}`);
    expect(loaded.compiled).toBeUndefined();
    const diagnostic = loaded.diagnostics.find(d => d.message.includes(message));
    expect(diagnostic, JSON.stringify(loaded.diagnostics)).toBeDefined();
    expect(diagnostic).toMatchObject({ code, location: { file: `${INVALID}/${name}/${FILE}`, line, column } });
    if (hint) expect(diagnostic!.hint).toBe(hint);
  });

  it('an overlay inherits the base criteria and policy', async () => {
    const loaded = await loadCriteria('fixtures/criteria/overlay');
    expect(loaded.diagnostics).toEqual([]);
    const ids = loaded.compiled!.criteria.map(c => c.criterion.id);
    expect(ids).toContain('att-6-1-un-arms-embargo');
    expect(ids).not.toContain('att-11-2-delivery-verification');
    expect(loaded.compiled!.disabled).toEqual([{ id: 'att-11-2-delivery-verification', reason: 'Delivery verification is a standard condition of every national licence.' }]);
    expect(loaded.compiled!.criteria.find(c => c.criterion.id === 'att-10-unregistered-broker')!.criterion.level).toBe('high');
  });

  it('an extends cycle is reported', async () => {
    const loaded = await loadCriteria('fixtures/criteria/cycle/a', 'fixtures/criteria/cycle');
    expect(loaded.diagnostics.map(d => d.code)).toContain('extends-cycle');
  });
});
