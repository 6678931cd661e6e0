import type { StateRole } from '../schema/index.js';
import type { ContextState, Env, Fact, Outcome } from './types.js';
import { outcome } from './outcome.js';
import { recordFact } from './fields.js';

/** The state of a party of the record, with the fact that says so. */
export interface PartyState {
  readonly code: string | undefined;
  readonly fact: Fact;
  readonly path: string;
}

/** Reads `exporter.state`, `importer.state` or `end_user.state` from the record. */
export function partyState(env: Env, role: StateRole): PartyState {
  const path = `${role}.state`;
  const code = env.record[role]?.state;
  return { code, path, fact: recordFact(env.origin, path, code) };
}

/** The context profile of a state, if any folder supplied one. */
export function profileOf(env: Env, code: string): ContextState | undefined {
  return env.context.states.get(code);
}

/** A fact saying which profile was used, pointing at its context entry. */
export function profileFact(state: ContextState, field: string, value: unknown): Fact {
  return { fact: `${state.code}.${field}`, value: value === undefined ? '(not stated)' : value, source: state.origin };
}

/** The "no profile" missing-fact label, shared so messages read the same everywhere. */
export function noProfile(code: string): string {
  return `context profile for ${code}`;
}

/**
 * The party's state and its context profile, or the unknown outcome that says which is missing.
 * Every operator that reads a profile starts here, so "no profile" reads the same everywhere.
 */
export function partyProfile(env: Env, role: StateRole): { party: PartyState; state: ContextState } | Outcome {
  const party = partyState(env, role);
  if (!party.code) return outcome('unknown', [party.fact], [party.path]);
  const state = profileOf(env, party.code);
  if (!state) return outcome('unknown', [party.fact], [noProfile(party.code)]);
  return { party, state };
}
