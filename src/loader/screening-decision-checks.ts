import type { ScreeningDecisionsFile } from '../schema/index.js';
import { formatPath, type Diagnostic } from '../diagnostics/index.js';
import type { ListedEntry } from '../screening/index.js';
import type { LocatedDocument } from './yaml-document.js';
import { ruleFor } from '../diagnostics/index.js';

/**
 * Checks recorded screening decisions: each has a reason; none has expired by `today` (when given);
 * each names a listed name or alias that exists in the lists (`entries`, when given), on the named
 * embargo and with the named reference. A decision that matches no entry has lapsed: the entry was
 * renamed or removed, and the hit must be screened afresh.
 */
export function checkScreeningDecisions(
  document: LocatedDocument,
  value: ScreeningDecisionsFile,
  entries: readonly ListedEntry[] | undefined,
  today: string | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (code: string, path: (string | number)[], message: string, hint: string): void => {
    out.push({ code, severity: ruleFor(code).severity, message, hint, path: formatPath(path), location: document.locate(path) });
  };
  value.decisions.forEach((d, i) => {
    const who = `the decision on "${d.party}" ~ "${d.listed}"`;
    if (d.reason === undefined || d.reason.trim() === '') {
      at('screening-no-reason', ['decisions', i], `${who} gives no reason`, 'add reason: why the officer found it a false positive or a true match');
    }
    if (today !== undefined && d.expires < today) {
      at('screening-expired', ['decisions', i, 'expires'], `${who} expired on ${d.expires}`, 'review the hit again and record a new decision with a later expires date, or remove this one');
    }
    if (d.expires < d.date) at('schema', ['decisions', i, 'expires'], `${who} expires (${d.expires}) before it was made (${d.date})`, 'set expires after date');
    if (entries !== undefined && !entries.some(e => namesEntry(d, e))) {
      const scope = [d.embargo && `on ${d.embargo}`, d.reference && `with reference ${d.reference}`].filter(Boolean).join(' ');
      at('screening-no-entry', ['decisions', i, 'listed'], `${who} matches no listed name or alias${scope ? ` ${scope}` : ''}`, 'the list entry was renamed or removed: screen the party again and record a new decision');
    }
  });
  return out;
}

function namesEntry(decision: ScreeningDecisionsFile['decisions'][number], entry: ListedEntry): boolean {
  if (decision.embargo !== undefined && decision.embargo !== entry.list) return false;
  if (decision.reference !== undefined && decision.reference !== entry.reference) return false;
  return entry.name === decision.listed || entry.aliases.includes(decision.listed);
}
