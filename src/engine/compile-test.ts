import { EMBARGO_ROLES, GOVERNMENT_END_USER_TYPES, type Condition, type RecordList } from '../schema/index.js';
import type { Env } from './types.js';
import { readPath, splitPath } from './fields.js';
import { triNot, type Tri } from './tri.js';
import { yearsBefore } from './operators/finding.js';
import { matchListed } from './operators/listed-names.js';

/** A compiled condition that only answers true, false or unknown: no evidence, no allocation. */
export type Test = (env: Env) => Tri;

const GOVERNMENT = new Set<string>(GOVERNMENT_END_USER_TYPES);

/**
 * The fast twin of `compileCondition`: the same three-valued semantics, without collecting facts.
 * Batches use it for every criterion and run the full evaluator only where the answer is triggered or
 * unknown, which is where an officer needs the evidence. The tests check both agree on every case.
 */
export function compileTest(condition: Condition, inElement = false): Test {
  if ('all' in condition) return junction(condition.all.map(c => compileTest(c, inElement)), 'false');
  if ('any' in condition) return junction(condition.any.map(c => compileTest(c, inElement)), 'true');
  if ('not' in condition) {
    const inner = compileTest(condition.not, inElement);
    return env => triNot(inner(env));
  }
  if ('some' in condition) return quantifier(condition.some, compileTest(condition.where, true), 'true');
  if ('every' in condition) return quantifier(condition.every, compileTest(condition.where, true), 'false');
  if ('field' in condition) return fieldTest(condition, inElement);
  if ('embargo' in condition) return embargoTest(condition.embargo.authority, condition.embargo.parties ?? [...EMBARGO_ROLES]);
  if ('finding' in condition) return findingTest(condition.finding);
  if ('party_to' in condition) {
    const { state, instrument } = condition.party_to;
    return env => {
      const treaties = profile(env, state)?.treaties;
      return treaties === undefined ? 'unknown' : treaties.includes(instrument) ? 'true' : 'false';
    };
  }
  if ('profile' in condition) {
    const { state, field, in: values } = condition.profile;
    return env => {
      const value = profile(env, state)?.[field];
      return value === undefined ? 'unknown' : values.includes(value) ? 'true' : 'false';
    };
  }
  const { name, has } = condition.document;
  return env => {
    const document = env.record[name] as Record<string, unknown> | undefined;
    if (document === undefined || document.present === false) return document === undefined ? 'unknown' : 'false';
    let result: Tri = document.present === true ? 'true' : 'unknown';
    for (const property of has) {
      const value = document[property];
      if (value === false) return 'false';
      if (value === undefined) result = 'unknown';
    }
    return result;
  };
}

/** `all` stops at the first false, `any` at the first true; otherwise unknown beats the neutral answer. */
function junction(children: readonly Test[], decisive: Tri): Test {
  const neutral: Tri = decisive === 'false' ? 'true' : 'false';
  return env => {
    let result: Tri = neutral;
    for (const child of children) {
      const value = child(env);
      if (value === decisive) return decisive;
      if (value === 'unknown') result = 'unknown';
    }
    return result;
  };
}

function quantifier(list: RecordList, where: Test, decisive: Tri): Test {
  const neutral: Tri = decisive === 'true' ? 'false' : 'true';
  return env => {
    const elements: readonly unknown[] | undefined = list === 'items' ? env.items.map(i => i.value) : (env.record[list]);
    if (elements === undefined) return 'unknown';
    let result: Tri = neutral;
    for (let i = 0; i < elements.length; i++) {
      const value = where({ ...env, element: { value: elements[i], path: '' } });
      if (value === decisive) return decisive;
      if (value === 'unknown') result = 'unknown';
    }
    return result;
  };
}

function fieldTest(test: Extract<Condition, { field: string }>, inElement: boolean): Test {
  const segments = splitPath(test.field);
  const read = (env: Env): unknown => readPath(inElement ? env.element?.value : env.record, segments);
  if (test.present !== undefined) {
    const want = test.present;
    return env => ((read(env) !== undefined) === want ? 'true' : 'false');
  }
  const compare = comparator(test);
  return env => {
    const value = read(env);
    return value === undefined ? 'unknown' : compare(value, env.record.date) ? 'true' : 'false';
  };
}

function comparator(test: Extract<Condition, { field: string }>): (value: unknown, asOf: string) => boolean {
  if (test.equals !== undefined) return value => value === test.equals;
  if (test.in !== undefined) return value => (test.in as unknown[]).includes(value);
  if (test.not_in !== undefined) return value => !(test.not_in as unknown[]).includes(value);
  if (test.contains !== undefined) return value => Array.isArray(value) && value.includes(test.contains);
  if (test.at_least !== undefined) return value => typeof value === 'number' && value >= (test.at_least as number);
  if (test.at_most !== undefined) return value => typeof value === 'number' && value <= (test.at_most as number);
  const years = test.within_years as number;
  return (value, asOf) => typeof value === 'string' && value <= asOf && value >= yearsBefore(asOf, years);
}

function profile(env: Env, role: 'exporter' | 'importer' | 'end_user') {
  const code = env.record[role]?.state;
  return code === undefined ? undefined : env.context.states.get(code)?.profile;
}

function findingTest(spec: Extract<Condition, { finding: unknown }>['finding']): Test {
  const role = spec.state ?? 'end_user';
  const kinds = new Set<string>(spec.kinds);
  const unaddressed = spec.unaddressed ?? true;
  const aboutEndUser = spec.about_end_user_type ?? role === 'end_user';
  return env => {
    const findings = profile(env, role)?.findings;
    if (findings === undefined) return 'unknown';
    const date = env.record.date;
    const since = spec.within_years === undefined ? undefined : yearsBefore(date, spec.within_years);
    const type = env.record.end_user?.type;
    let result: Tri = 'false';
    for (const f of findings) {
      if (!kinds.has(f.kind) || f.date > date || (since !== undefined && f.date < since)) continue;
      const actor: Tri = !aboutEndUser || f.actor_type === undefined ? 'true' : type === undefined || type === 'unknown' ? 'unknown' : f.actor_type === type ? 'true' : 'false';
      const open: Tri = !unaddressed ? 'true' : f.addressed === undefined ? 'unknown' : f.addressed ? 'false' : 'true';
      if (actor === 'false' || open === 'false') continue;
      if (actor === 'true' && open === 'true') return 'true';
      result = 'unknown';
    }
    return result;
  };
}

function embargoTest(authorities: readonly string[] | undefined, roles: readonly string[]): Test {
  return env => {
    const { record } = env;
    const destinations: (string | undefined)[] = [];
    if (roles.includes('importer')) destinations.push(record.importer?.state);
    if (roles.includes('end_user')) destinations.push(record.end_user?.state);
    if (roles.includes('transit')) for (const leg of record.transit ?? []) destinations.push(leg.state);
    const type = record.end_user?.type;
    let result: Tri = 'false';
    for (const { embargo } of env.context.embargoes) {
      if (authorities && !authorities.includes(embargo.authority)) continue;
      if (record.date < embargo.from) continue;
      const lapsed = embargo.until !== null && record.date > embargo.until;
      if (lapsed && embargo.checked_on !== undefined && embargo.checked_on > embargo.until!) continue;
      let value: Tri = lapsed ? 'unknown' : 'true';
      const merge = (part: Tri): void => {
        if (part === 'false' || value === 'false') value = 'false';
        else if (part === 'unknown') value = 'unknown';
      };
      if (embargo.target !== 'any') merge(destinations.includes(embargo.target) ? (embargo.region === undefined ? 'true' : 'unknown') : destinations.includes(undefined) ? 'unknown' : 'false');
      if (embargo.categories !== 'all') {
        const categories = embargo.categories;
        merge(env.items.some(i => categories.includes(i.value.category)) ? 'true' : 'false');
      }
      if (embargo.exempt_end_user_types.length) merge(type === undefined || type === 'unknown' ? 'unknown' : embargo.exempt_end_user_types.includes(type) ? 'false' : 'true');
      if (embargo.scope === 'non-state-actors') merge(type === undefined || type === 'unknown' ? 'unknown' : GOVERNMENT.has(type) ? 'false' : 'true');
      if (embargo.scope === 'listed' && (value as Tri) !== 'false') merge(matchListed(env, embargo).value);
      if (value === 'true') return 'true';
      if (value === 'unknown') result = 'unknown';
    }
    return result;
  };
}
