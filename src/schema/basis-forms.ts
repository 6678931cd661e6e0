/* The accepted forms of a legal reference, as plain data and functions (no zod): the engine groups findings by article without loading the schemas. */

/**
 * Legal references in the contract's form: the instrument, then the article with its paragraph,
 * sub-paragraph and point in brackets. Kept as one regular expression per instrument so that a lint
 * message can show the accepted forms.
 */
export const BASIS_FORMS: readonly { instrument: string; pattern: RegExp; example: string }[] = [
  { instrument: 'ATT', pattern: /^ATT \d{1,2}(\(\d\)(\([a-z]\)(\((i|ii|iii|iv|v|vi)\))?)?)?$/, example: 'ATT 7(1)(b)(i)' },
  { instrument: 'EU CP', pattern: /^EU CP (Criterion [1-8](\([a-f]\))?|Art \d{1,2}(\(\d\))?)$/, example: 'EU CP Criterion 2(c)' },
  { instrument: 'Firearms Protocol', pattern: /^Firearms Protocol \d{1,2}(\(\d\)(\([a-z]\))?)?$/, example: 'Firearms Protocol 10(2)(b)' },
  { instrument: 'APMBC', pattern: /^APMBC \d{1,2}(\(\d\)(\([a-z]\))?)?$/, example: 'APMBC 1(1)(c)' },
  { instrument: 'CCM', pattern: /^CCM \d{1,2}(\(\d\)(\([a-z]\))?)?$/, example: 'CCM 1(1)(b)' },
  { instrument: 'UN PoA', pattern: /^UN PoA II\.\d{1,2}(-\d{1,2})?$/, example: 'UN PoA II.11-12' },
  { instrument: 'UN Charter', pattern: /^UN Charter \d{1,3}$/, example: 'UN Charter 25' },
  { instrument: 'National practice', pattern: /^National practice$/, example: 'National practice' },
];

/** True when `text` is a legal reference in one of the accepted forms. */
export function isBasis(text: string): boolean {
  return BASIS_FORMS.some(form => form.pattern.test(text));
}

/** The treaty article a basis belongs to, used to group findings: `ATT 7(1)(b)(i)` -> `ATT 7`. */
export function articleOf(basis: string): string {
  const match = /^(.*?\d+)/.exec(basis);
  return match?.[1] ?? basis;
}
