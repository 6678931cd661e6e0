import type { Embargo, ScreeningPolicy } from '../schema/index.js';
import { listedEntriesOf } from './entries.js';
import type { NameFacts } from './compare.js';
import type { SourcedDecision } from './dispositions.js';
import { screenName, type HitOutcome, type ScreeningHit } from './screen.js';
import { ScreeningIndex } from './screening-index.js';

/** One name to screen, with where it came from. */
export interface ScreenSubject {
  readonly name: string;
  /** `file:line` of the name, or of the record it is a party of. */
  readonly source: string;
  /** For a party of a record: the record id and the path of the name (`importer.name`). */
  readonly record?: string | undefined;
  readonly role?: string | undefined;
  readonly facts?: NameFacts | undefined;
  /** The date lists are taken in force on: the record's date, or the date asked for. */
  readonly date: string;
}

/** What screening one name found: its worst outcome and the candidates to show. */
export interface ScreenResult {
  readonly subject: ScreenSubject;
  readonly outcome: HitOutcome;
  /** Every match, possible and dismissed hit, best first, up to `top`; else the best clear candidate. */
  readonly hits: readonly ScreeningHit[];
}

const RANK: Readonly<Record<HitOutcome, number>> = { match: 0, possible: 1, dismissed: 2, clear: 3 };

/** Whether an embargo may be in force on `date`: a lapsed one counts until someone has checked it lapsed. */
function inForce(embargo: Embargo, date: string): boolean {
  if (date < embargo.from) return false;
  // A list known to have ended (superseded, like the 2216 Yemen list) is no longer screened against.
  if (embargo.until !== null && date > embargo.until && embargo.ended === true) return false;
  return embargo.until === null || date <= embargo.until || !(embargo.checked_on !== undefined && embargo.checked_on > embargo.until);
}

/**
 * The part of an assessment context that screening reads. The engine's `AssessmentContext` has this
 * shape, so a caller passes its context unchanged; screening sits below the engine and names only
 * what it needs.
 */
export interface ScreeningContext {
  readonly embargoes: readonly { readonly embargo: Embargo }[];
  readonly screeningDecisions?: readonly SourcedDecision[] | undefined;
}

/**
 * Screens names against every `scope: listed` embargo of the context in force on each name's date,
 * with the same matcher, thresholds and decisions as the listed-embargo check of an assessment.
 */
export function screenSubjects(subjects: readonly ScreenSubject[], context: ScreeningContext, policy: ScreeningPolicy, top: number): ScreenResult[] {
  const embargoes = context.embargoes.map(e => e.embargo).filter(e => e.scope === 'listed');
  const index = new ScreeningIndex(embargoes.flatMap(listedEntriesOf));
  const byId = new Map(embargoes.map(e => [e.id, e]));
  return subjects.map(subject => {
    const hits = screenName(index, subject.name, { policy, date: subject.date, decisions: context.screeningDecisions, facts: subject.facts }).filter(hit => {
      const embargo = byId.get(hit.entry.list);
      return embargo !== undefined && inForce(embargo, subject.date);
    });
    const shown = hits.filter(hit => hit.outcome !== 'clear').slice(0, top);
    const outcome = shown.reduce<HitOutcome>((worst, hit) => (RANK[hit.outcome] < RANK[worst] ? hit.outcome : worst), 'clear');
    return { subject, outcome, hits: shown.length ? shown : hits.slice(0, 1) };
  });
}
