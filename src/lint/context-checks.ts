import { isUserAssignedCode, type Embargo, type StateProfile } from '../schema/index.js';
import { formatPath, type Diagnostic } from '../diagnostics/index.js';
import type { LocatedDocument } from '../loader/index.js';
import { ruleFor } from '../diagnostics/index.js';

type Path = (string | number)[];

/**
 * Provenance checks on a validated context file: every fact about a real state cites a source and a
 * checked_on date; an embargo whose `until` has passed, unchecked since, is stale. Fictional states
 * (user-assigned codes) need no source.
 */
export function checkContextProvenance(
  document: LocatedDocument,
  value: { states?: Record<string, StateProfile>; embargoes?: Embargo[] },
  today: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (code: string, path: Path, message: string, hint: string): void => {
    out.push({ code, severity: ruleFor(code).severity, message, hint, path: formatPath(path), location: document.locate(path) });
  };
  for (const [code, profile] of Object.entries(value.states ?? {})) {
    if (isUserAssignedCode(code)) continue;
    if (!profile.source) at('missing-source', ['states', code], `the profile of ${code} states facts about a real state without a source`, 'add source: with the URL or reference the facts come from');
    if (!profile.checked_on) at('missing-checked-on', ['states', code], `the profile of ${code} has no checked_on date`, 'add checked_on: YYYY-MM-DD, the day the facts were last checked');
    (profile.findings ?? []).forEach((finding, index) => {
      if (!finding.source) at('missing-source', ['states', code, 'findings', index], `a finding (${finding.kind}) about ${code} has no source`, 'add source: with the report or judgment it comes from');
    });
  }
  (value.embargoes ?? []).forEach((embargo, index) => {
    if (embargo.target !== 'any' && isUserAssignedCode(embargo.target)) return;
    if (!embargo.source) at('missing-source', ['embargoes', index], `embargo ${embargo.id} has no source`, 'add source: with the resolution or official page');
    if (embargo.verified === false) {
      if (embargo.checked_on) at('unverified-checked', ['embargoes', index, 'checked_on'], `embargo ${embargo.id} is marked verified: false but claims checked_on ${embargo.checked_on}`, 'remove checked_on until the entry has been checked against its source, or set verified: true');
      at('unverified-entry', ['embargoes', index, 'verified'], `embargo ${embargo.id} has not been verified against its source`, `check it against ${embargo.source ?? 'its source'}, then set checked_on and remove verified: false`);
      return;
    }
    if (!embargo.checked_on) at('missing-checked-on', ['embargoes', index], `embargo ${embargo.id} has no checked_on date`, 'add checked_on: YYYY-MM-DD');
    const confirmedLapsed = embargo.checked_on !== undefined && embargo.until !== null && embargo.checked_on > embargo.until;
    if (embargo.until !== null && embargo.until < today && !confirmedLapsed && embargo.ended !== true) {
      at('embargo-expired', ['embargoes', index, 'until'], `embargo ${embargo.id} ran until ${embargo.until}, and was last checked on ${embargo.checked_on ?? 'no date'}`, 'check whether it was renewed; update until, or set checked_on after until to record that it lapsed');
    }
  });
  return out;
}
