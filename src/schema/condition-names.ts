import { z } from 'zod';
import { closest } from '../diagnostics/index.js';
import type { IssueParams } from './issue-report.js';
import { quoteToken } from './quote.js';
import { DOCUMENT_PROPERTIES, PROFILE_FIELD_VALUES } from './vocab.js';

/** "did you mean" when a candidate is close, otherwise the whole (short) vocabulary. */
function suggestion(written: string, allowed: readonly string[]): string {
  const guess = closest(written, allowed);
  return guess ? `did you mean "${guess}"?` : `use one of ${allowed.join(', ')}`;
}

/**
 * A property a `document` test asks for must be one the document has: a typo would leave the
 * criterion unknown for every record, with no other sign that anything is wrong.
 */
export const EndUserCertificatePropertySchema = z
  .string()
  .superRefine((property, context) => {
    const allowed: readonly string[] = DOCUMENT_PROPERTIES.end_user_certificate;
    if (allowed.includes(property)) return;
    const params: IssueParams = { code: 'unknown-field', hint: suggestion(property, allowed) };
    context.addIssue({ code: 'custom', input: property, message: `${quoteToken(property)} is not a yes/no property of end_user_certificate`, params });
  })
  // The JSON Schema lists the properties too, so an editor offers them.
  .meta({ enum: [...DOCUMENT_PROPERTIES.end_user_certificate] });

/** Every value some profile field can take: what the JSON Schema offers an editor for `profile.in`. */
export const PROFILE_VALUES: readonly string[] = [...new Set(Object.values(PROFILE_FIELD_VALUES).flat())];

/** A `profile` test's values must be values its field can take (`att`: party, signatory, none). */
export function checkProfileValues(test: { field: keyof typeof PROFILE_FIELD_VALUES; in: readonly string[] }, context: z.RefinementCtx): void {
  const allowed: readonly string[] = PROFILE_FIELD_VALUES[test.field];
  test.in.forEach((value, index) => {
    if (allowed.includes(value)) return;
    const params: IssueParams = { code: 'unknown-value', hint: suggestion(value, allowed) };
    context.addIssue({ code: 'custom', input: value, path: ['in', index], message: `${quoteToken(value)} is not a value of the profile's ${test.field}`, params });
  });
}
