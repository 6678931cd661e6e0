import { articleOf, type Status } from '../schema/index.js';
import { assessRecord, type Fact, type RecordResult } from '../engine/index.js';
import type { Setup } from './assess-files.js';
import type { SourcedRecord } from '../engine/index.js';

/** One question of the officer's checklist. */
export interface ChecklistItem {
  readonly id: string;
  readonly title: string;
  readonly basis: readonly string[];
  readonly article: string;
  readonly question: string;
  readonly indicators: readonly string[];
  readonly sources: readonly string[];
  /** With `--case`: what the engine found, for the class to discuss. */
  readonly prefilled?: { readonly status: Status; readonly explanation: string; readonly evidence: readonly Fact[] } | undefined;
}

/** The checklist: its criteria set, the items in criteria order, and the case it was filled from. */
export interface Checklist {
  readonly title: string;
  readonly setId: string;
  readonly items: readonly ChecklistItem[];
  readonly case?: { readonly id: string; readonly source: string; readonly decision: string; readonly notice: string } | undefined;
}

/**
 * Builds the officer's checklist from the criteria (and the policy's 7(2)/7(3) questions), optionally
 * pre-filled with the engine's findings for one record.
 */
export function buildChecklist(setup: Setup, record?: SourcedRecord): Checklist {
  const result: RecordResult | undefined = record ? assessRecord(setup.compiled, record, setup.context) : undefined;
  const findingOf = (id: string) => result?.findings.find(f => f.criterion === id);
  const { policy } = setup.compiled;
  const derived = [policy.mitigation, policy.overriding].map(spec => ({ id: spec.id, title: spec.title, basis: spec.basis, question: spec.question, indicators: [] as string[], sources: [] as string[] }));
  const criteria = setup.compiled.criteria.map(({ criterion }) => ({ ...criterion, indicators: criterion.indicators ?? [], sources: criterion.sources ?? [] }));
  const items = [...criteria, ...derived].map(c => {
    const finding = findingOf(c.id);
    return {
      id: c.id,
      title: c.title,
      basis: c.basis,
      article: articleOf(c.basis[0] ?? ''),
      question: c.question.trim(),
      indicators: c.indicators,
      sources: c.sources,
      prefilled: finding ? { status: finding.status, explanation: finding.explanation, evidence: finding.evidence } : undefined,
    };
  });
  return {
    title: setup.compiled.title,
    setId: setup.compiled.id,
    items,
    case: result ? { id: result.id, source: result.source, decision: result.decision, notice: setup.header.notice } : undefined,
  };
}
