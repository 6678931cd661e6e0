import { describe, expect, it } from 'vitest';
import countries from 'i18n-iso-countries';
import { ISO_ALPHA2 } from '../../src/schema/country-codes.js';

describe('the generated ISO 3166-1 code list', () => {
  it('accepts exactly the two-letter codes i18n-iso-countries accepts (regenerate with scripts/country-codes.mjs)', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const differ: string[] = [];
    for (const a of letters) for (const b of letters) if (ISO_ALPHA2.has(a + b) !== countries.isValid(a + b)) differ.push(a + b);
    expect(differ).toEqual([]);
    expect(ISO_ALPHA2.size).toBeGreaterThan(240);
  });
});
