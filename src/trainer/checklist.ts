import { articleOf } from '../schema/index.js';
import { assessRecord, type RecordResult } from '../engine/index.js';
import type { Setup } from '../loader/index.js';
import type { SourcedRecord } from '../engine/index.js';
import type { Checklist } from '../report/index.js';

export type { Checklist, ChecklistItem } from '../report/index.js';

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
