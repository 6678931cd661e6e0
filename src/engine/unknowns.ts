import { DECISIONS, RECORD_FIELD_PATHS, type Criterion, type Decision, type Policy, type Supplier } from '../schema/index.js';
import { levelMaps } from './decide.js';

const RECORD_KEYS = new Set(RECORD_FIELD_PATHS.filter(path => !path.includes('.')));
const RANK = new Map<Decision, number>(DECISIONS.map((decision, index) => [decision, index]));

/**
 * Who can supply a missing fact. A field of the record is the applicant's to state, except the
 * officer's own findings (`officer.*`); everything else (state profiles, treaty membership, findings,
 * an embargo's renewal or region, a possible list match) is for the officer to establish.
 */
export function supplierOf(missing: string): Exclude<Supplier, 'condition'> {
  let supplier = SUPPLIERS.get(missing);
  if (supplier === undefined) {
    const head = /^[a-z_]+/.exec(missing)?.[0] ?? '';
    supplier = !RECORD_KEYS.has(head) || head === 'officer' ? 'officer' : 'applicant';
    // Missing facts repeat from record to record: remember a bounded number of answers.
    if (SUPPLIERS.size >= 4096) SUPPLIERS.clear();
    SUPPLIERS.set(missing, supplier);
  }
  return supplier;
}

const SUPPLIERS = new Map<string, Exclude<Supplier, 'condition'>>();

/** The licence condition that settles a missing fact, if the criterion names one for its path. */
function conditionFor(criterion: Criterion, missing: string): string | undefined {
  const conditions = criterion.licence_conditions;
  if (!conditions) return undefined;
  for (const [path, text] of Object.entries(conditions)) {
    if (missing === path || missing.startsWith(`${path}.`) || missing.startsWith(`${path}[`)) return text;
  }
  return undefined;
}

/** The level an unknown sets and the licence conditions that settle it. */
export interface UnknownEffect {
  readonly level: string;
  readonly conditions: readonly string[];
}

/**
 * What an unknown leads to. A criterion's own `unknown_level` wins; otherwise each missing fact is
 * classed by who can supply it (licence condition, applicant, officer), and the worst decision among
 * them, in the contract's order, sets the level. Licence conditions count only when every missing fact
 * is settled by one: a condition cannot stand in for a document the applicant still owes.
 */
export function unknownEffect(criterion: Criterion, missing: readonly string[], policy: Policy): UnknownEffect {
  if (criterion.unknown_level !== undefined) return { level: criterion.unknown_level, conditions: [] };
  const unknowns = policy.unknowns;
  if (!unknowns || missing.length === 0) return { level: policy.unknown_default, conditions: [] };
  const conditions: string[] = [];
  const suppliers = new Set<Supplier>();
  for (const fact of missing) {
    const condition = conditionFor(criterion, fact);
    if (condition !== undefined) {
      if (!conditions.includes(condition)) conditions.push(condition);
      suppliers.add('condition');
    } else {
      suppliers.add(supplierOf(fact));
    }
  }
  const { decisionOf } = levelMaps(policy);
  let worst: string = unknowns.condition;
  let worstRank = Infinity;
  for (const supplier of suppliers) {
    const level = unknowns[supplier];
    const rank = RANK.get(decisionOf.get(level) ?? 'approve') ?? Infinity;
    if (rank < worstRank) {
      worst = level;
      worstRank = rank;
    }
  }
  return { level: worst, conditions: suppliers.size === 1 && suppliers.has('condition') ? conditions : [] };
}
