import type { NormalisedName } from './normalise.js';
import type { Contradiction, MatchTuning, NameFacts } from './match-types.js';

/** What argues against a name match: another country, or a person against an organisation. */
export function contradictionsOf(party: NormalisedName, partyFacts: NameFacts | undefined, listedFacts: NameFacts | undefined, tuning: MatchTuning): Contradiction[] {
  const out: Contradiction[] = [];
  const partyType = partyFacts?.type ?? (party.legalForms.length ? 'entity' : undefined);
  if (partyFacts?.country && listedFacts?.country && partyFacts.country !== listedFacts.country) {
    out.push({ kind: 'country', detail: `party in ${partyFacts.country}, listed entry ${listedFacts.country}`, penalty: tuning.countryPenalty });
  }
  if (partyType && listedFacts?.type && partyType !== listedFacts.type) {
    out.push({ kind: 'type', detail: `party is an ${partyType}, listed entry an ${listedFacts.type}`, penalty: tuning.typePenalty });
  }
  return out;
}
