import { z } from 'zod';
import { quoteToken } from './quote.js';
import { BASIS_FORMS, isBasis } from './basis-forms.js';

/** A legal reference such as `ATT 6(1)` or `EU CP Criterion 2`. */
export const BasisSchema = z.string().refine(isBasis, {
  params: { code: 'basis-format', hint: 'write the instrument, then the article with its paragraphs in brackets, e.g. ATT 7(1)(b)(i)' },
  error: issue =>
    `expected a legal reference such as ${BASIS_FORMS.map(f => f.example).join(', ')}; got ${quoteToken(issue.input)}`,
});
