import type { StateRole } from '../schema/index.js';
import type { ContextState, Env, Fact } from './types.js';
import type { Evidence } from './evidence.js';
import { recordFact } from './fields.js';

/** The state of a party of the record, and the record path it was read from. */
export interface PartyState {
  readonly code: string | undefined;
  readonly path: string;
}

const ROLE_PATHS: Readonly<Record<Exclude<StateRole, 'authorizing'>, string>> = {
  exporter: 'exporter.state',
  importer: 'importer.state',
  end_user: 'end_user.state',
};

/** Reads `exporter.state`, `importer.state`, `end_user.state`, or the authorizing state, from the record. */
export function partyState(env: Env, role: StateRole): PartyState {
  const path = role === 'authorizing' ? authorizingPath(env) : ROLE_PATHS[role];
  return { code: readState(env, path), path };
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
 * The party's state and its context profile, or `undefined` (an unknown answer) when either is
 * missing; the sink, when given, records the party's state and what is missing. Every operator that
 * reads a profile starts here, so "no profile" reads the same everywhere.
 */
export function partyProfile(env: Env, role: StateRole, sink: Evidence | undefined): { party: PartyState; state: ContextState } | undefined {
  const party = partyState(env, role);
  sink?.fact(recordFact(env.origin, party.path, party.code));
  if (!party.code) {
    sink?.miss(party.path);
    return undefined;
  }
  const state = profileOf(env, party.code);
  if (!state) {
    sink?.miss(noProfile(party.code));
    return undefined;
  }
  return { party, state };
}
