import { walkCondition } from '../schema/index.js';
import type { AssessmentContext, CompiledCriteria } from './types.js';

/**
 * The authorities (EU, OSCE, …) whose embargoes the context holds but no criterion reads: an embargo
 * test names the authorities it checks (`authority: [UN]`), or all when it names none. A context
 * loaded for nothing must not look, in a report's list of inputs, as if it had been applied.
 */
export function unreadAuthorities(compiled: CompiledCriteria, context: AssessmentContext): string[] {
  const read = new Set<string>();
  let readsAll = false;
  for (const { criterion } of compiled.criteria) {
    walkCondition(criterion.when, ['when'], leaf => {
      if (!('embargo' in leaf)) return;
      const authorities = leaf.embargo.authority;
      if (authorities === undefined) readsAll = true;
      else for (const authority of authorities) read.add(authority);
    });
  }
  if (readsAll) return [];
  return [...new Set(context.embargoes.map(entry => entry.embargo.authority))].filter(authority => !read.has(authority)).sort();
}
