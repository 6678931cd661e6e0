import type { Status } from '../schema/index.js';
import type { Fact } from '../engine/index.js';

// The officer's checklist as the renderers read it; the trainer builds it (trainer/checklist.ts).

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
