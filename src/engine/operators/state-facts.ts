import type { DocumentTest, PartyToTest, ProfileTest } from '../../schema/index.js';
import type { Env, Evaluator } from '../types.js';
import { partyProfile, profileFact } from '../parties.js';
import { recordFact } from '../fields.js';
import { outcome } from '../outcome.js';
import { triAnd, triOf, type Tri } from '../tri.js';

/**
 * "The exporting state is party to instrument T" (with `any_of`: to at least one of them): unknown
 * without a profile listing its treaties.
 */
export function compilePartyTo(test: PartyToTest): Evaluator {
  const { state: role } = test.party_to;
  const instruments = test.party_to.any_of ?? (test.party_to.instrument === undefined ? [] : [test.party_to.instrument]);
  return (env: Env) => {
    const found = partyProfile(env, role);
    if ('value' in found) return found;
    const { party, state } = found;
    const treaties = state.profile.treaties;
    const fact = profileFact(state, 'treaties', treaties);
    if (!treaties) return outcome('unknown', [party.fact, fact], [`${party.code}.treaties`]);
    const held = instruments.filter(instrument => treaties.includes(instrument));
    return outcome(triOf(held.length > 0), [party.fact, fact], [], {
      state: { code: party.code, name: state.profile.name ?? party.code },
      instrument: held.join(', ') || instruments.join(', '),
    });
  };
}

/** A fact from a state's profile, such as `armed_conflict`, tested against a list of values. */
export function compileProfileTest(test: ProfileTest): Evaluator {
  const { state: role, field, in: values } = test.profile;
  return (env: Env) => {
    const found = partyProfile(env, role);
    if ('value' in found) return found;
    const { party, state } = found;
    const value = state.profile[field];
    const fact = profileFact(state, field, value);
    if (value === undefined) return outcome('unknown', [party.fact, fact], [`${party.code}.${field}`]);
    return outcome(triOf(values.includes(value)), [party.fact, fact], [], {
      state: { code: party.code, name: state.profile.name ?? party.code, [field]: value },
    });
  };
}

/**
 * "The document is present and has properties P": false when it is declared absent or a property is
 * false; unknown when the document, or a property, is not stated at all.
 */
export function compileDocumentTest(test: DocumentTest): Evaluator {
  const { name, has } = test.document;
  return (env: Env) => {
    const document = env.record[name] as Record<string, unknown> | undefined;
    if (document === undefined) return outcome('unknown', [recordFact(env.origin, name, undefined)], [name]);
    const presentFact = recordFact(env.origin, `${name}.present`, document.present);
    if (document.present === false) return outcome('false', [presentFact]);
    const facts = [presentFact];
    const missing: string[] = [];
    const values: Tri[] = [document.present === true ? 'true' : 'unknown'];
    if (document.present === undefined) missing.push(`${name}.present`);
    for (const property of has) {
      const value = document[property];
      facts.push(recordFact(env.origin, `${name}.${property}`, value));
      if (value === undefined) missing.push(`${name}.${property}`);
      values.push(value === undefined ? 'unknown' : triOf(value === true));
    }
    return outcome(triAnd(values), facts, missing);
  };
}
