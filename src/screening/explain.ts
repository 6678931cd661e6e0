import type { NameMatch, TokenPair } from './compare.js';
import type { ScreeningHit } from './screen.js';
import { describeDecision } from './dispositions.js';

function describePair(pair: TokenPair): string {
  const support = pair.phonetic ? '; phonetic keys agree' : '';
  switch (pair.how) {
    case 'literal':
      return `${pair.party} = ${pair.listed} (literal)`;
    case 'initial':
      return `${pair.party} ~ ${pair.listed} (initial, ${pair.score.toFixed(3)})`;
    case 'skeleton':
      return `${pair.party} ~ ${pair.listed} (consonants, ${pair.score.toFixed(3)}${support})`;
    case 'fuzzy':
      return `${pair.party} ~ ${pair.listed} (fuzzy ${pair.score.toFixed(3)}: Jaro-Winkler ${pair.jaroWinkler?.toFixed(3) ?? '-'}, edit ${pair.edit?.toFixed(3) ?? '-'}${support})`;
  }
}

/**
 * The officer-readable account of one comparison: which words matched and how, which were extra on
 * either side, what was set aside, and what argued against. `atra screen` and the assessment report
 * print exactly this text for the same pair.
 */
export function explainMatch(match: NameMatch): string {
  if (match.empty === 'party') return 'the party name has no letters or digits to compare, so it matches nothing';
  if (match.empty === 'listed') return 'the listed name has no letters or digits to compare';
  const parts: string[] = [];
  if (match.pairs.length === 0) parts.push('no word in common');
  else if (match.method === 'joined') parts.push(`written without spaces: ${describePair(match.pairs[0]!)}`);
  else parts.push(`matched ${match.pairs.map(describePair).join('; ')}`);
  if (match.extraParty.length) parts.push(`only in the party name: ${match.extraParty.join(' ')}`);
  if (match.extraListed.length) parts.push(`only in the listed name: ${match.extraListed.join(' ')}`);
  const aside = [
    ...match.legalForms.party.map(w => `${w} (party legal form)`),
    ...match.legalForms.listed.map(w => `${w} (listed legal form)`),
    ...match.titles.party.map(w => `${w} (party title)`),
    ...match.titles.listed.map(w => `${w} (listed title)`),
  ];
  if (aside.length) parts.push(`set aside: ${aside.join(', ')}`);
  if (match.transliterated.length) parts.push(`transliterated: ${match.transliterated.join(', ')}`);
  for (const c of match.contradictions) parts.push(`against: ${c.detail} (-${c.penalty})`);
  return parts.join('; ');
}

/** Evidence about a hit an officer has decided on is named so; reports show it even on a clear finding. */
export const SCREENING_DECISION_FACT = 'screening decision';

/**
 * One hit in one line, as `atra screen` prints it and the report's evidence shows it:
 * `0.850 possible: "Al Shabab Trading" ~ "Al-Shabaab" (un-so): matched …`, with the recorded decision.
 */
export function describeHit(hit: ScreeningHit): string {
  const listed = hit.alias ? `"${hit.listedName}" (alias of "${hit.entry.name}")` : `"${hit.listedName}"`;
  const where = [hit.entry.list, hit.entry.reference].filter(Boolean).join(' ');
  const outcome = hit.outcome === hit.band ? hit.band : `${hit.outcome} (score band: ${hit.band})`;
  const decision = hit.decision ? `; ${describeDecision(hit.decision)}` : '';
  return `${hit.match.score.toFixed(3)} ${outcome}: "${hit.party}" ~ ${listed} [${where}]: ${explainMatch(hit.match)}${decision}`;
}
