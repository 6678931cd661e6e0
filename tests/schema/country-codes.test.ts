import { describe, expect, it } from 'vitest';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { ISO_ALPHA2 } from '../../src/schema/country-codes.js';
import { ALPHA2_TO_ENGLISH_NAME, ALPHA3_TO_ALPHA2, ENGLISH_NAME_TO_ALPHA2 } from '../../src/schema/country-names.js';

countries.registerLocale(en);

// The tables are generated from i18n-iso-countries at development time (scripts/country-codes.mjs),
// so that running atra never loads the package and its locale files: each must answer as it does.
describe('the generated ISO 3166-1 tables (regenerate with scripts/country-codes.mjs)', () => {
  it('accepts exactly the two-letter codes i18n-iso-countries accepts', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const differ: string[] = [];
    for (const a of letters) for (const b of letters) if (ISO_ALPHA2.has(a + b) !== countries.isValid(a + b)) differ.push(a + b);
    expect(differ).toEqual([]);
    expect(ISO_ALPHA2.size).toBeGreaterThan(240);
  });

  it('names each code in English, and maps alpha-3 codes and English names to the code, as the package does', () => {
    const differ: string[] = [];
    for (const code of Object.keys(countries.getAlpha2Codes())) if (ALPHA2_TO_ENGLISH_NAME.get(code) !== countries.getName(code, 'en')) differ.push(`name of ${code}`);
    for (const alpha3 of Object.keys(countries.getAlpha3Codes())) if (ALPHA3_TO_ALPHA2.get(alpha3) !== countries.alpha3ToAlpha2(alpha3)) differ.push(`code of ${alpha3}`);
    const names = Object.values(countries.getNames('en', { select: 'all' })).flat();
    for (const name of [...names, 'germany', 'UNITED KINGDOM', 'Atlantis']) {
      if (ENGLISH_NAME_TO_ALPHA2.get(name.toLowerCase()) !== (countries.getAlpha2Code(name, 'en') ?? undefined)) differ.push(`code of "${name}"`);
    }
    expect(differ).toEqual([]);
    expect(ENGLISH_NAME_TO_ALPHA2.get('germany')).toBe('DE');
    expect(ALPHA2_TO_ENGLISH_NAME.get('CI')).toBe("Cote d'Ivoire");
  });
});
