import { DEFAULT_SCREENING, type Embargo, type TransferRecord } from '../../schema/index.js';
import { describeHit, SCREENING_DECISION_FACT, listedEntriesOf, normaliseName, ScreeningIndex, screenName, screenOutcome, type NameFacts, type NormalisedName, type ScreeningHit } from '../../screening/index.js';
import type { Env, Fact } from '../types.js';
import type { Tri } from '../tri.js';

/** Activities whose supplier is abroad, so that its name is screened like the recipient's. */
const FOREIGN_SUPPLIER: ReadonlySet<string> = new Set(['import', 'transit', 'trans-shipment']);

// Listed names never change during a run: normalise and index each embargo's list once.
const INDEXES = new WeakMap<Embargo, ScreeningIndex>();

/** Every missing-fact line for a possible match starts with this, so the finding can become a review task. */
export const POSSIBLE_MATCH = 'resolve a possible match';

/** A named party of the record, with the path its name is at and what else the record says of it. */
export interface NamedParty {
  readonly path: string;
  readonly name: string;
  readonly facts: NameFacts;
  readonly normalised: NormalisedName;
}

/** The result of screening a record's parties against one embargo's list. */
export interface ListedScreening {
  readonly value: Tri;
  /** The hits an officer should see: every match, possible or dismissed one, else each party's best candidate. */
  readonly facts: readonly Fact[];
  /** `POSSIBLE_MATCH: …` lines, one per unresolved possible match, and the name of a party the record states without one. */
  readonly missing: readonly string[];
}

function endUserType(user: TransferRecord['end_user']): NameFacts['type'] {
  if (user?.type === undefined || user.type === 'unknown') return undefined;
  return user.type === 'individual' ? 'individual' : 'entity';
}

/** Every named party: end user, importer, brokers and exporter, in that order. */
export function namedParties(record: TransferRecord): readonly NamedParty[] {
  const out: NamedParty[] = [];
  const add = (path: string, name: string | undefined, facts: NameFacts): void => {
    if (name !== undefined) out.push({ path, name, facts, normalised: normaliseName(name) });
  };
  add('end_user.name', record.end_user?.name, { country: record.end_user?.state, type: endUserType(record.end_user) });
  add('importer.name', record.importer?.name, { country: record.importer?.state });
  (record.brokers ?? []).forEach((broker, i) => add(`brokers[${i}].name`, broker.name, { country: broker.state }));
  add('exporter.name', record.exporter?.name, { country: record.exporter?.state });
  return out;
}

// A record's parties are screened against every listed embargo: they are worked out once per
// assessment, kept with its environment (one per `assessRecord` call), never with the record,
// which a library caller may change between two calls.
const PARTIES = new WeakMap<Env, readonly NamedParty[]>();

function partiesOf(env: Env): readonly NamedParty[] {
  let parties = PARTIES.get(env);
  if (parties === undefined) PARTIES.set(env, (parties = namedParties(env.record)));
  return parties;
}

/**
 * Screens every named party of the record (end user, importer, brokers, exporter) against a
 * `scope: listed` embargo's entries in force on the record's date, names and aliases alike, with the
 * policy's thresholds and the officer's recorded decisions. True on a match (or a confirmed one);
 * unknown on a possible match, or when nothing matches and a party's name is not stated (the end user,
 * an importer or broker named without one, or a foreign supplier's).
 */
export function matchListed(env: Env, embargo: Embargo, origin = '', explain = true): ListedScreening {
  let index = INDEXES.get(embargo);
  if (!index) INDEXES.set(embargo, (index = new ScreeningIndex(listedEntriesOf(embargo))));
  const policy = env.screening ?? DEFAULT_SCREENING;
  const facts: Fact[] = [];
  const missing: string[] = [];
  let matched = false;
  for (const party of partiesOf(env)) {
    // A name with no letters or digits cannot be screened: that is a missing fact, never a clear.
    if (party.normalised.tokens.length === 0) {
      missing.push(`${party.path} written with letters or digits ("${party.name}" cannot be screened)`);
      continue;
    }
    const options = { policy, date: env.record.date, decisions: env.context.screeningDecisions, facts: party.facts, normalised: party.normalised };
    if (!explain) {
      // Deciding only: a match settles it; a possible match makes it unknown.
      const outcome = screenOutcome(index, party.name, options);
      if (outcome === 'match') return MATCHED;
      if (outcome === 'possible') missing.push(POSSIBLE_MATCH);
      continue;
    }
    const hits = screenName(index, party.name, options);
    const shown = hits.filter(hit => hit.outcome !== 'clear');
    for (const hit of shown.length ? shown : hits.slice(0, 1)) facts.push(hitFact(party.path, hit, origin));
    if (shown.some(hit => hit.outcome === 'match')) matched = true;
    for (const hit of shown) if (hit.outcome === 'possible') missing.push(`${POSSIBLE_MATCH}: ${party.path} ${describeHit(hit)}`);
  }
  if (matched) return { value: 'true', facts, missing: [] };
  if (env.record.end_user?.name === undefined) missing.push('end_user.name');
  // An importer or broker the record names without a name cannot be screened either: it could be
  // listed. An own-use movement (ATT 2(3)) has no importer of its own: the moving state keeps the items.
  if (env.record.importer !== undefined && env.record.importer.name === undefined && env.record.own_use_movement !== true) missing.push('importer.name');
  (env.record.brokers ?? []).forEach((broker, i) => {
    if (broker.name === undefined) missing.push(`brokers[${i}].name`);
  });
  // On an import, a transit or a trans-shipment the supplier is abroad and could be listed too
  // (procurement bans, asset freezes); on an export it is the applicant.
  if (env.record.exporter !== undefined && env.record.exporter.name === undefined && FOREIGN_SUPPLIER.has(env.record.activity)) missing.push('exporter.name');
  if (missing.length) return { value: 'unknown', facts, missing };
  return { value: 'false', facts, missing: [] };
}

const MATCHED: ListedScreening = Object.freeze({ value: 'true', facts: [], missing: [] });

function hitFact(path: string, hit: ScreeningHit, origin: string): Fact {
  return { fact: hit.decision ? `${SCREENING_DECISION_FACT} ${path}` : `screening ${path}`, value: describeHit(hit), source: origin };
}
