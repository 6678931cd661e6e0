import type { Criterion, Decision, Embargo, Item, Policy, ScreeningPolicy, StateProfile, Status, TransferRecord } from '../schema/index.js';
import type { SourcedDecision } from '../screening/index.js';
import type { Tri } from './tri.js';
import type { Applicability } from './applicability.js';
import type { Evidence, Fact } from './evidence.js';

// `Fact` lives with the evidence that collects it (so the two files do not import each other); it is part of this vocabulary.
export type { Fact } from './evidence.js';

/** Where a record came from, as plain data so it can cross to a worker thread. */
export interface RecordOrigin {
  readonly file: string;
  readonly line: number;
  /** `file:row` style sources (CSV) name a row, not a line. */
  readonly column?: number | undefined;
  /** Positions of the record's fields, by dotted path (`items[0].category`), when the format has them. */
  readonly fields?: Readonly<Record<string, readonly [number, number]>> | undefined;
}

/** A record ready for assessment. */
export interface SourcedRecord {
  readonly record: TransferRecord;
  readonly origin: RecordOrigin;
}

/** A state profile with the position of its entry and of each finding. */
export interface ContextState {
  readonly code: string;
  readonly profile: StateProfile;
  readonly origin: string;
  readonly findingOrigins: readonly string[];
}

/** An embargo with the position of its entry. */
export interface ContextEmbargo {
  readonly embargo: Embargo;
  readonly origin: string;
}

/** What the assessment knows about the world, already merged from every context folder. */
export interface AssessmentContext {
  readonly states: ReadonlyMap<string, ContextState>;
  readonly embargoes: readonly ContextEmbargo[];
  /**
   * The authorities whose embargoes the loaded files list in full. When absent, the authorities of the
   * entries. An embargo check for an authority not covered is unknown, never clear.
   */
  readonly embargoCoverage?: ReadonlySet<string> | undefined;
  /** The officer's recorded decisions on screening hits (`screening-decisions.yaml`), if any. */
  readonly screeningDecisions?: readonly SourcedDecision[] | undefined;
}

/** Everything a condition can read while it is evaluated. */
export interface Env {
  readonly record: TransferRecord;
  readonly origin: RecordOrigin;
  readonly context: AssessmentContext;
  /** The date the assessment is made as of: the record's date, or the date asked for (`--as-of`). */
  readonly asOf: string;
  /** The items this criterion applies to. */
  readonly items: readonly { readonly value: Item; readonly index: number }[];
  /** Inside `some`/`every`: the list element being tested, and where it is (`transit[1]`). */
  readonly element?: { readonly value: unknown; readonly list: string; readonly index: number } | undefined;
  /** The policy's name-screening thresholds (defaults when the policy has none). */
  readonly screening?: ScreeningPolicy | undefined;
}

/**
 * A compiled condition: its truth value for a record. Given a sink, it also records the facts it used,
 * the facts it missed and the values for the explanation's template; without one it only decides.
 */
export type Evaluator = (env: Env, sink?: Evidence) => Tri;

/** A criterion with its condition compiled once, ready for many records. */
export interface CompiledCriterion {
  readonly criterion: Criterion;
  readonly file: string;
  readonly applicability: Applicability;
  readonly evaluate: Evaluator;
  /** The criterion's risk factors, compiled: which sources of its risk are present for a record. */
  readonly factors: readonly { readonly id: string; readonly description: string; readonly evaluate: Evaluator }[];
  /** The criterion's `explain.clear_cases`, compiled: the first that holds explains a clear finding. */
  readonly clearCases: readonly { readonly text: string; readonly evaluate: Evaluator }[];
  /** The article findings are grouped under, worked out once. */
  readonly article: string;
}

/** One criterion's result for one record. */
export interface Finding {
  readonly criterion: string;
  readonly title: string;
  readonly basis: readonly string[];
  readonly article: string;
  readonly kind: string;
  readonly status: Status;
  /** The level the criterion set: when triggered, or the effect of an unknown. */
  readonly level?: string | undefined;
  /** The level after ATT 7(2) mitigation, when that changed it. */
  readonly residual_level?: string | undefined;
  readonly mitigations?: readonly string[] | undefined;
  readonly explanation: string;
  readonly evidence: readonly Fact[];
  readonly missing?: readonly string[] | undefined;
  readonly task?: string | undefined;
  /** Licence conditions that settle this finding's unknowns (policy `unknowns.condition`). */
  readonly conditions?: readonly string[] | undefined;
  /** The risk factors present for this record, by id (see the criterion's `risk_factors`). */
  readonly factors?: readonly string[] | undefined;
}

/** The assessment of one record. */
export interface RecordResult {
  readonly id: string;
  readonly source: string;
  readonly decision: Decision;
  /** The criteria whose levels set the decision. */
  readonly decided_by: readonly string[];
  readonly findings: readonly Finding[];
  readonly tasks: readonly string[];
  /** Licence conditions the decision depends on (approve-with-conditions). */
  readonly conditions: readonly string[];
  /** The date the assessment was made as of. */
  readonly as_of: string;
}

/** A criteria set compiled and checked against its policy. */
export interface CompiledCriteria {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly policy: Policy;
  readonly policyFile: string;
  readonly criteria: readonly CompiledCriterion[];
  readonly disabled: readonly { readonly id: string; readonly reason: string }[];
  /** The policy's `mitigation.never_below` situations, compiled. */
  readonly floors: readonly { readonly id: string; readonly level: string; readonly description: string; readonly evaluate: Evaluator }[];
}
