import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCREENING } from '../../src/schema/index.js';
import { normaliseName, ScreeningIndex, screenName, screenOutcome, type ListedEntry, type ScreenOptions } from '../../src/screening/index.js';

// Words that listed names and party names share, with near spellings, so that generated names land
// on every side of the thresholds: exact, possible, below, and nothing in common.
const WORDS = ['northern', 'nothern', 'spear', 'spears', 'logistics', 'logistic', 'al', 'rahman', 'rahmen', 'abdul', 'trading', 'trade', 'falcon', 'falkon', 'group', 'atlas', 'meridian', 'ansar', 'allah', 'ansarallah', 'kim', 'jong', 'a.'];
const FORMS = ['', ' LLC', ' FZE', ' Ltd', ' SA'];
const word = fc.constantFrom(...WORDS);
const name = fc.tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom(...FORMS)).map(([words, form]) => `${words.join(' ')}${form}`);
const country = fc.constantFrom(undefined, 'KP', 'SO', 'XB', 'XR');
const listedType = fc.constantFrom(undefined, 'individual' as const, 'entity' as const);
const date = fc.constantFrom(undefined, '2020-01-01', '2026-03-14');

const entry = (list: string) =>
  fc.record({ name, aliases: fc.array(name, { maxLength: 2 }), country, type: listedType, listed_on: date }).map(
    (e): ListedEntry => ({ list, name: e.name, aliases: e.aliases, country: e.country, type: e.type, listed_on: e.listed_on }),
  );

const options = fc.record({ date, country, type: listedType }).map(
  (o): ScreenOptions => ({ policy: DEFAULT_SCREENING, date: o.date, facts: { country: o.country, type: o.type } }),
);

/** The worst outcome among the hits `screenName` explains: what the decide-only path must agree with. */
function worstOf(index: ScreeningIndex, party: string, opts: ScreenOptions): string {
  const outcomes = screenName(index, party, opts).map(hit => hit.outcome);
  return outcomes.includes('match') ? 'match' : outcomes.includes('possible') ? 'possible' : 'clear';
}

describe('deciding a screening without explaining it', () => {
  it('gives the worst outcome of the explained hits, for any names, facts and dates', () => {
    fc.assert(
      fc.property(fc.array(entry('L1'), { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(name, options), { minLength: 1, maxLength: 6 }), (entries, parties) => {
        const index = new ScreeningIndex(entries);
        for (const [party, opts] of parties) expect(screenOutcome(index, party, opts)).toBe(worstOf(index, party, opts));
      }),
      { numRuns: 300 },
    );
  });

  it('answers the same whether a name was screened before (from the memo) or not', () => {
    fc.assert(
      fc.property(fc.array(entry('L2'), { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(name, options), { minLength: 1, maxLength: 6 }), (entries, parties) => {
        const warm = new ScreeningIndex(entries);
        // Screen every party once with other facts first, so the second pass is served by the memo.
        for (const [party] of parties) screenName(warm, party, { policy: DEFAULT_SCREENING, facts: { country: 'QQ' } });
        for (const [party, opts] of parties) {
          const fresh = new ScreeningIndex(entries);
          expect(screenName(warm, party, opts)).toEqual(screenName(fresh, party, opts));
          expect(screenOutcome(warm, party, opts)).toBe(screenOutcome(fresh, party, opts));
        }
      }),
      { numRuns: 200 },
    );
  });

  // A listed name is looked up by its words. One with no word of two letters or more ("Al A.") can be
  // found only by an initial, and a party's words are not looked up by their initials, or every
  // A-word would be compared with every A. initial: such names are left out here.
  const findable = (e: ListedEntry): boolean => [e.name, ...e.aliases].every(n => normaliseName(n).tokens.some(t => !t.particle && t.text.length > 1));

  it('misses no match or possible match that comparing with every listed name finds', () => {
    fc.assert(
      fc.property(fc.array(entry('L4').filter(findable), { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(name, options), { minLength: 1, maxLength: 6 }), (entries, parties) => {
        const index = new ScreeningIndex(entries);
        for (const [party, opts] of parties) expect(worstOf(index, party, opts)).toBe(worstOf(index, party, { ...opts, exhaustive: true }));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a listed name written exactly, and clears a name with nothing in common', () => {
    const index = new ScreeningIndex([{ list: 'L3', name: 'Northern Spear Logistics FZE', aliases: [] }]);
    const opts: ScreenOptions = { policy: DEFAULT_SCREENING };
    expect(screenOutcome(index, 'Northern Spear Logistics FZE', opts)).toBe('match');
    expect(screenOutcome(index, 'Meridian Atlas Trading', opts)).toBe('clear');
  });

  it('finds a listed name of more than thirty words, whose later words are not tracked one by one', () => {
    const long = Array.from({ length: 34 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`).join(' ');
    const index = new ScreeningIndex([
      { list: 'L5', name: long, aliases: [] },
      { list: 'L5', name: 'wordaax trading', aliases: [] },
    ]);
    const opts: ScreenOptions = { policy: DEFAULT_SCREENING };
    expect(screenOutcome(index, long, opts)).toBe('match');
    expect(worstOf(index, long, opts)).toBe(worstOf(index, long, { ...opts, exhaustive: true }));
  });
});
