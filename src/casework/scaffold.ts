import type { TransferRecord } from '../schema/index.js';

/** The states a case's records name, with the roles each plays, in first-seen order. */
export function statesOfRecords(records: readonly TransferRecord[]): Map<string, Set<string>> {
  const states = new Map<string, Set<string>>();
  const add = (code: string | undefined, role: string): void => {
    if (!code) return;
    const roles = states.get(code) ?? new Set<string>();
    roles.add(role);
    states.set(code, roles);
  };
  for (const r of records) {
    add(r.exporter?.state, 'exporter');
    add(r.authorizing_state, 'authorizing state');
    add(r.importer?.state, 'importer');
    add(r.end_user?.state, 'end user');
    for (const t of r.transit ?? []) add(t.state, 'transit');
    for (const b of r.brokers ?? []) add(b.state, 'broker');
  }
  return states;
}

/** Every instrument a criterion asks about with `party_to`, found by walking the criteria's conditions. */
export function instrumentsOfCriteria(conditions: readonly unknown[]): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'party_to' && value && typeof value === 'object') {
        const spec = value as { instrument?: string; any_of?: string[] };
        if (spec.instrument) found.add(spec.instrument);
        for (const id of spec.any_of ?? []) found.add(id);
      } else walk(value);
    }
  };
  conditions.forEach(walk);
  return [...found];
}

/** Where officers usually establish membership of an instrument (UN Treaty Collection chapters, or the depositary). */
const WHERE: Readonly<Record<string, string>> = {
  apmbc: 'UN Treaty Collection, Chapter XXVI-5 (Anti-Personnel Mine Ban Convention)',
  ccm: 'UN Treaty Collection, Chapter XXVI-6 (Convention on Cluster Munitions)',
  'firearms-protocol': 'UN Treaty Collection, Chapter XVIII-12-c (Firearms Protocol)',
  untoc: 'UN Treaty Collection, Chapter XVIII-12 (UN Convention against Transnational Organized Crime)',
  'rome-statute': 'UN Treaty Collection, Chapter XVIII-10 (Rome Statute)',
  'terrorist-bombings-convention': 'UN Treaty Collection, Chapter XVIII-9',
  'terrorist-financing-convention': 'UN Treaty Collection, Chapter XVIII-11',
  'nuclear-terrorism-convention': 'UN Treaty Collection, Chapter XVIII-15',
  'hostages-convention': 'UN Treaty Collection, Chapter XVIII-5',
  'protected-persons-convention': 'UN Treaty Collection, Chapter XVIII-7',
};

function whereToLook(instrument: string): string {
  return WHERE[instrument] ?? 'UN Treaty Collection, Chapter XVIII, or the depositary named in the instrument (ICAO, IMO or IAEA for the aviation, maritime and nuclear instruments)';
}

/** What `context init` writes: one states.yaml, every field commented out, nothing judged. */
export interface ScaffoldInput {
  readonly states: ReadonlyMap<string, ReadonlySet<string>>;
  readonly names: ReadonlyMap<string, string>;
  readonly instruments: readonly string[];
  readonly today: string;
  readonly records: readonly string[];
}

/**
 * Renders the scaffold. Each state gets an empty profile (so the report says which field is missing,
 * not that the profile is), and every field the criteria read is written as a comment saying what to
 * establish and where officers usually look. It never states a fact or a judgement.
 */
export function renderStatesScaffold(input: ScaffoldInput): string {
  const out = [
    '# Context for this case, written by `atra context init`. Every field is left unknown: establish it,',
    '# uncomment it, give its source and the date you checked it (checked_on). atra never fills in a judgement.',
    `# Records: ${input.records.join(', ')}`,
    `as_of: ${input.today}`,
    'sources:',
    '  - "list here every source you consulted (UN Treaty Collection, OHCHR and Security Council reports, ...)"',
    'states:',
  ];
  for (const [code, roles] of input.states) {
    const name = input.names.get(code);
    out.push(`  ${code}:${roles.has('exporter') ? '   # your own state: its treaty membership decides ATT 6(2) and 7(1)(b)(iii)' : ''}`);
    if (name) out.push(`    name: ${JSON.stringify(name)}`);
    out.push(`    # Roles in this case: ${[...roles].join(', ')}.`);
    out.push('    # att: party | signatory | none');
    out.push('    #   Establish: the state\'s status under the Arms Trade Treaty. Look: UN Treaty Collection, Chapter XXVI-8.');
    out.push('    # treaties: []');
    out.push('    #   Establish: every instrument below the state is party to (list only those it has ratified or acceded to):');
    for (const instrument of input.instruments) out.push(`    #     ${instrument}: ${whereToLook(instrument)}`);
    out.push('    # armed_conflict: none | internal | international');
    out.push('    #   Establish: whether the state is a party to an armed conflict. Look: UN Security Council reports and');
    out.push('    #   resolutions on the country, the Secretary-General\'s reports, ICRC public statements.');
    out.push('    # findings: []');
    out.push('    #   Establish: findings of competent bodies about the state\'s forces (kind: ihl | human-rights | gbv |');
    out.push('    #   terrorism | organized-crime | diversion | reexport-violation; date; addressed; source). Look: OHCHR');
    out.push('    #   treaty-body concluding observations and Universal Periodic Review, Human Rights Council commissions of');
    out.push('    #   inquiry, Security Council sanctions committees\' panels of experts, regional human-rights courts.');
    out.push('    #   Write findings: [] only once you have looked and found none.');
    out.push('    # source: ...');
    out.push('    # checked_on: YYYY-MM-DD');
    if (!name) out.push('    {}');
  }
  return `${fixEmpty(out).join('\n')}\n`;
}

/** `KE:` followed by comments and `{}` is not YAML: the empty mapping goes on the key's line. */
function fixEmpty(lines: string[]): string[] {
  const out: string[] = [];
  let keyIndex = -1;
  for (const line of lines) {
    if (/^ {2}[A-Z]{2}:/.test(line)) keyIndex = out.length;
    if (line === '    {}' && keyIndex >= 0) {
      const key = out[keyIndex] as string;
      out[keyIndex] = key.replace(/^( {2}[A-Z]{2}):/, '$1: {}');
      continue;
    }
    out.push(line);
  }
  return out;
}
