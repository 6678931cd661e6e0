// The parts of atra's build the fair baseline reuses, loaded from dist/ at run time: the name matcher
// (a fuzzy-match library in all but name), the vocabularies and the ISO 3166 code list (data). None of
// them decides anything about a criterion.
import { PROJECT_ROOT } from '../generate.js';

/** One screening hit, as far as the baseline reads it. */
export interface Hit { outcome: string; decision?: unknown }

/** The name matcher's entry points. */
export interface Screening {
  ScreeningIndex: new (entries: readonly { list: string; name: string; aliases: readonly string[] }[]) => object;
  screenName: (index: object, party: string, options: { policy: object; date?: string | undefined; decisions?: undefined; facts?: object | undefined }) => Hit[];
  describeHit: (hit: Hit) => string;
  normaliseName: (name: string) => { tokens: readonly unknown[] };
  SCREENING_DECISION_FACT: string;
}

export const screeningLib = (await import(`${PROJECT_ROOT}dist/screening/index.js`)) as Screening;
export const vocab = (await import(`${PROJECT_ROOT}dist/schema/vocab.js`)) as Record<string, readonly string[]>;
export const ISO_ALPHA2 = ((await import(`${PROJECT_ROOT}dist/schema/country-codes.js`)) as { ISO_ALPHA2: ReadonlySet<string> }).ISO_ALPHA2;
