import type { ChalkInstance } from 'chalk';
import type { ScreenResult } from '../screening/index.js';
import type { ScreeningPolicy } from '../schema/index.js';
import { describeDecision, describeHit, explainMatch } from '../screening/index.js';

/** The header every screening output carries: when, with which thresholds. */
export interface ScreenHeader {
  readonly tool: { readonly name: 'atra'; readonly version: string };
  readonly screened_at: string;
  readonly thresholds: ScreeningPolicy;
  readonly lists: readonly string[];
}

const LABEL = { match: 'MATCH', possible: 'POSSIBLE MATCH', dismissed: 'DISMISSED', clear: 'clear' } as const;

function where(result: ScreenResult): string {
  const { subject } = result;
  return [subject.role, subject.record && `record ${subject.record}`, subject.source].filter(Boolean).join(', ');
}

/** Text: one block per name, each candidate on the line the assessment report's evidence also shows. */
export function renderScreenText(results: readonly ScreenResult[], header: ScreenHeader, chalk: ChalkInstance): string {
  const colour = { match: chalk.red.bold, possible: chalk.yellow.bold, dismissed: chalk.cyan, clear: chalk.green } as const;
  const lines = [`Screened ${results.length} name(s) against ${header.lists.join(', ') || 'no list'} (strong ${header.thresholds.strong}, possible ${header.thresholds.possible})`, ''];
  for (const result of results) {
    lines.push(`${colour[result.outcome](LABEL[result.outcome])}  "${result.subject.name}" (${where(result)})`);
    if (result.hits.length === 0) lines.push('  no listed name in common');
    for (const hit of result.hits) lines.push(`  ${describeHit(hit)}`);
  }
  const count = (outcome: keyof typeof LABEL): number => results.filter(r => r.outcome === outcome).length;
  lines.push('', `${count('match')} match, ${count('possible')} possible, ${count('dismissed')} dismissed, ${count('clear')} clear`);
  // A clear is only as good as the lists: the built-in ones name groups and a few persons.
  lines.push('"clear" means no name in common with the lists above; to screen against every listed person, load the UN Consolidated List (atra context import un-list).');
  return `${lines.join('\n')}\n`;
}

/** JSON: the header and, per name, its outcome and candidates with score, explanation and decision. */
export function renderScreenJson(results: readonly ScreenResult[], header: ScreenHeader): string {
  const body = {
    ...header,
    results: results.map(result => ({
      name: result.subject.name,
      source: result.subject.source,
      record: result.subject.record,
      role: result.subject.role,
      date: result.subject.date,
      outcome: result.outcome,
      candidates: result.hits.map(hit => ({
        score: hit.match.score,
        band: hit.band,
        outcome: hit.outcome,
        list: hit.entry.list,
        entry: hit.entry.name,
        listed_name: hit.listedName,
        alias: hit.alias,
        reference: hit.entry.reference,
        explanation: explainMatch(hit.match),
        summary: describeHit(hit),
        match: hit.match,
        decision: hit.decision ? { ...hit.decision.decision, source: hit.decision.origin, summary: describeDecision(hit.decision) } : undefined,
      })),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

function csvField(value: string | undefined): string {
  const text = value ?? '';
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV: one row per candidate (a name without any gets one row with an empty candidate). */
export function renderScreenCsv(results: readonly ScreenResult[]): string {
  const rows = [['name', 'source', 'record', 'role', 'outcome', 'score', 'band', 'hit_outcome', 'list', 'entry', 'listed_name', 'reference', 'explanation', 'decision']];
  for (const r of results) {
    const base = [r.subject.name, r.subject.source, r.subject.record, r.subject.role, r.outcome];
    if (r.hits.length === 0) rows.push([...base, '', '', '', '', '', '', '', '', ''].map(String));
    for (const hit of r.hits) {
      rows.push([...base, hit.match.score.toFixed(3), hit.band, hit.outcome, hit.entry.list, hit.entry.name, hit.listedName, hit.entry.reference, explainMatch(hit.match), hit.decision ? describeDecision(hit.decision) : ''].map(v => v ?? ''));
    }
  }
  return `${rows.map(row => row.map(csvField).join(',')).join('\n')}\n`;
}
