import type { DocumentTest, PartyToTest, ProfileTest } from '../../schema/index.js';
import type { Env, Evaluator } from '../types.js';
import { partyProfile, profileFact } from '../parties.js';
import { recordFact } from '../fields.js';
import { triOf, type Tri } from '../tri.js';

/**
 * "The exporting state is party to instrument T" (with `any_of`: to at least one of them): unknown
 * without a profile listing its treaties.
 */
export function compilePartyTo(test: PartyToTest): Evaluator {
  const { state: role } = test.party_to;
  const instruments = test.party_to.any_of ?? (test.party_to.instrument === undefined ? [] : [test.party_to.instrument]);
  return (env: Env, sink) => {
    const found = partyProfile(env, role, sink);
    if (found === undefined) return 'unknown';
    const { party, state } = found;
    const treaties = state.profile.treaties;
    sink?.fact(profileFact(state, 'treaties', treaties));
    if (!treaties) {
      sink?.miss(`${party.code}.treaties`);
      return 'unknown';
    }
    let held = false;
    for (const instrument of instruments) if (treaties.includes(instrument)) held = true;
    if (sink) {
      const named = instruments.filter(instrument => treaties.includes(instrument));
      sink.bind({ state: { code: party.code, name: state.profile.name ?? party.code }, instrument: named.join(', ') || instruments.join(', ') });
    }
    return triOf(held);
  };
}

/** A fact from a state's profile, such as `armed_conflict`, tested against a list of values. */
export function compileProfileTest(test: ProfileTest): Evaluator {
  const { state: role, field, in: values } = test.profile;
  return (env: Env, sink) => {
    const found = partyProfile(env, role, sink);
    if (found === undefined) return 'unknown';
    const { party, state } = found;
    const value = state.profile[field];
    sink?.fact(profileFact(state, field, value));
    if (value === undefined) {
      sink?.miss(`${party.code}.${field}`);
      return 'unknown';
    }
    sink?.bind({ state: { code: party.code, name: state.profile.name ?? party.code, [field]: value } });
    return triOf(values.includes(value));
  };
}

/**
 * "The document is present and has properties P": false when it is declared absent or a property is
 * false; unknown when the document, or a property, is not stated at all.
 */
export function compileDocumentTest(test: DocumentTest): Evaluator {
  const { name, has } = test.document;
  return (env: Env, sink) => {
    const document = env.record[name] as Record<string, unknown> | undefined;
    if (document === undefined) {
      if (sink) {
        sink.fact(recordFact(env.origin, name, undefined));
        sink.miss(name);
      }
      return 'unknown';
    }
    sink?.fact(recordFact(env.origin, `${name}.present`, document.present));
    if (document.present === false) return 'false';
    // Kleene conjunction of "present" and each property; every property is read when explaining.
    let result: Tri = document.present === true ? 'true' : 'unknown';
    if (document.present === undefined) sink?.miss(`${name}.present`);
    for (const property of has) {
      const value = document[property];
      if (sink) {
        sink.fact(recordFact(env.origin, `${name}.${property}`, value));
        if (value === undefined) sink.miss(`${name}.${property}`);
      }
      if (value === undefined) {
        if (result === 'true') result = 'unknown';
      } else if (value !== true) {
        result = 'false';
        if (!sink) return result;
      }
    }
    return result;
  };
}
