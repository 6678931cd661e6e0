import { ALPHA2_TO_ENGLISH_NAME } from '../schema/index.js';
import type { AssessmentContext } from '../engine/index.js';
import { statesIn, type AnnualReport, type Measure, type ReportBasis } from '../reporting/index.js';
import type { AggregatedInputs } from './annual-report.js';
import type { Setup } from '../loader/index.js';
import { toolVersion } from '../loader/index.js';

/** What the report says besides its tables: who reports, for which year, on what basis, from what. */
export interface AnnualHeader {
  readonly setup: Setup | undefined;
  /** The context's state profiles: fictional states are named only there. */
  readonly states: AssessmentContext['states'];
  readonly definitions: AnnualReport['national_definitions'] | undefined;
  readonly reportingState: string;
  readonly year: number;
  readonly basis: ReportBasis;
  /** The UN Register counts items only: `number`. */
  readonly measure: Measure;
  readonly generatedAt: string;
}

/** The report's header, provenance and tables, with the names of the states it mentions. */
export function buildAnnualDocument(kind: AnnualReport['report'], aggregated: AggregatedInputs, header: AnnualHeader): AnnualReport {
  const { setup, states, definitions, reportingState } = header;
  const nameOf = (code: string): string | undefined => states.get(code)?.profile.name ?? ALPHA2_TO_ENGLISH_NAME.get(code);
  const ownName = definitions?.state_name ?? nameOf(reportingState) ?? null;
  const stateNames: Record<string, string> = {};
  for (const code of statesIn(aggregated.tables)) {
    const name = nameOf(code);
    if (name) stateNames[code] = name;
  }
  if (ownName) stateNames[reportingState] = ownName;
  return {
    report: kind,
    tool: { name: 'atra', version: toolVersion() },
    generated_at: header.generatedAt,
    reporting_state: { code: reportingState, name: ownName },
    year: header.year,
    basis: header.basis,
    measure: header.measure,
    inputs: aggregated.inputs,
    assessment: setup
      ? {
          criteria_set: { id: setup.header.criteria_set.id, version: setup.header.criteria_set.version },
          criteria: setup.header.criteria.map(({ id, version, file, sha256 }) => ({ id, version, file, sha256 })),
          context: setup.header.context.map(({ file, sha256 }) => ({ file, sha256 })),
        }
      : null,
    national_definitions: definitions ?? null,
    state_names: stateNames,
    tables: aggregated.tables,
  };
}
