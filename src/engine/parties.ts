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

/** Reads `exporter.state`, `importer.state`, `end_user.state`, or the authorizing state, from the record. */
export function partyState(env: Env, role: StateRole): PartyState {
  const path = role === 'authorizing' ? authorizingPath(env) : `${role}.state`;
  const code = readState(env, path);
  return { code, path, fact: recordFact(env.origin, path, code) };
}

/**
 * Where the authorizing state is read: `authorizing_state` when stated; otherwise the party whose
 * state authorizes this activity. A transit or brokering application with several transit states or
 * brokers does not say which state decides, so `authorizing_state` is then the missing fact.
 */
function authorizingPath(env: Env): string {
  const { record } = env;
  if (record.authorizing_state !== undefined) return 'authorizing_state';
  switch (record.activity) {
    case 'export':
      return 'exporter.state';
    case 'import':
      return 'importer.state';
    case 'transit':
    case 'trans-shipment':
      return record.transit?.length === 1 ? 'transit[0].state' : 'authorizing_state';
    case 'brokering':
      return record.brokers?.length === 1 ? 'brokers[0].state' : 'authorizing_state';
  }
}

function readState(env: Env, path: string): string | undefined {
  const { record } = env;
  switch (path) {
    case 'authorizing_state':
      return record.authorizing_state;
    case 'exporter.state':
      return record.exporter?.state;
    case 'importer.state':
      return record.importer?.state;
    case 'end_user.state':
      return record.end_user?.state;
    case 'transit[0].state':
      return record.transit?.[0]?.state;
    case 'brokers[0].state':
      return record.brokers?.[0]?.state;
    default:
      return undefined;
  }
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
