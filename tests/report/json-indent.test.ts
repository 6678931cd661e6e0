import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringifyAt } from '../../src/report/json-indent.js';

const reference = (value: unknown, pad: string): string => (JSON.stringify(value, null, 2) ?? 'undefined').replace(/\n/g, `\n${pad}`);

describe('stringifyAt', () => {
  it('writes what JSON.stringify(value, null, 2) writes, indented, for any JSON-like value', () => {
    const withHoles = fc.letrec<{ v: unknown }>(tie => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue(),
        fc.constant(undefined),
        fc.double(),
        fc.array(tie('v'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 5 }), tie('v'), { maxKeys: 4 }),
      ),
    })).v;
    fc.assert(
      fc.property(withHoles, fc.constantFrom('', '  ', '    '), (value, pad) => {
        expect(stringifyAt(value, pad)).toBe(reference(value, pad));
      }),
      { numRuns: 2000 },
    );
  });
});
