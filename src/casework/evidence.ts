import type { Fact, Finding, RecordResult } from '../engine/index.js';
import type { AppliedDetermination } from './apply-determinations.js';

/** A determination as a report lists it under the record it was used for. */
export interface CitedDetermination {
  readonly id: string;
  readonly fact: string;
  readonly value: unknown;
  readonly officer: string;
  readonly date: string;
  readonly reason: string;
  readonly sources: readonly string[];
  readonly expires?: string | undefined;
  readonly origin: string;
  /** The criteria whose evidence cites it; empty when no criterion read the fact for this record. */
  readonly cited_by: readonly string[];
}

/** A record's result with the officer's determinations it rests on. */
export interface DeterminedResult extends RecordResult {
  readonly determinations?: readonly CitedDetermination[];
}

/** The evidence source of a fact an officer established: where, by whom, when and why. */
export function determinationSource(applied: AppliedDetermination): string {
  const { determination: d } = applied.entry;
  return `${applied.entry.origin}: established by ${d.officer} on ${d.date} (${d.reason ?? 'no reason given'}) [determination ${d.id}]`;
}

/**
 * Points the evidence of every fact a determination set at the determination, and lists the
 * determinations under the result with the criteria that cited them. Pure: the engine's result in,
 * a new result out.
 */
export function citeDeterminations(result: RecordResult, applied: readonly AppliedDetermination[], baseline?: RecordResult): DeterminedResult {
  if (applied.length === 0) return result;
  const citedBy = new Map<string, Set<string>>(applied.map(a => [a.entry.determination.id, new Set<string>()]));
  // A criterion that was missing the fact before cites the determination that settled it, even when its clear finding lists no evidence.
  for (const finding of baseline?.findings ?? []) {
    for (const a of applied) if ((finding.missing ?? []).includes(a.fact)) citedBy.get(a.entry.determination.id)?.add(finding.criterion);
  }
  const byFact = (fact: Fact): AppliedDetermination | undefined =>
    applied.find(a => fact.fact === a.fact || fact.fact.startsWith(`${a.fact}.`) || fact.fact.startsWith(`${a.fact}[`));
  const findings: Finding[] = result.findings.map(finding => {
    let changed = false;
    const evidence = finding.evidence.map(fact => {
      const match = byFact(fact);
      if (!match) return fact;
      changed = true;
      citedBy.get(match.entry.determination.id)?.add(finding.criterion);
      return { ...fact, source: determinationSource(match) };
    });
    return changed ? { ...finding, evidence } : finding;
  });
  const determinations = applied.map(a => {
    const d = a.entry.determination;
    return {
      id: d.id,
      fact: a.fact,
      value: d.value,
      officer: d.officer,
      date: d.date,
      reason: d.reason ?? '',
      sources: d.sources ?? [],
      expires: d.expires,
      origin: a.entry.origin,
      cited_by: [...(citedBy.get(d.id) ?? [])].sort(),
    };
  });
  return { ...result, findings, determinations };
}

/**
 * The ATT 6 guard: when the record without determinations is prohibited, the result with them must
 * be too. A prohibition found without the officer's determinations is never lifted by them; should
 * one ever be, the determinations are set aside for that record and the reason is returned.
 */
export function guardProhibition(baseline: RecordResult, determined: DeterminedResult): { result: DeterminedResult; warning?: string } {
  if (baseline.decision !== 'prohibited' || determined.decision === 'prohibited') return { result: determined };
  const ids = (determined.determinations ?? []).map(d => d.id).join(', ');
  return {
    result: baseline,
    warning: `${baseline.id}: the determinations ${ids} would lift an ATT 6 prohibition (${baseline.decided_by.join(', ')}); they are set aside and the record stays prohibited`,
  };
}
