// The criteria of criteria/att as json-rules-engine rules: its `all`/`any`/`not`, named shared
// conditions (`setCondition`) for applicability, facts with JSONPath paths, built-in operators where
// they fit and the custom ones of operators.ts where they do not. A criterion is a "triggered" rule and
// one or more "unknown" rules: json-rules-engine is two-valued, so each way a missing fact leaves the
// answer open is spelt out as its own rule, with the level atra's supplier rule gives it.
import type { Engine, RuleProperties, TopLevelCondition } from 'json-rules-engine';

type Rec = Record<string, any>;
type Cond = TopLevelCondition | { fact: string; operator: string; value: unknown; path?: string; params?: Rec };

const SALW = ['small-arms', 'light-weapons'];
const HEAVY = ['battle-tanks', 'armoured-combat-vehicles', 'large-calibre-artillery', 'combat-aircraft', 'attack-helicopters', 'warships', 'missiles'];
const AMMO = ['ammunition', 'parts-components'];
const MINE = ['large-calibre-artillery', 'combat-aircraft', 'attack-helicopters', 'missiles', 'light-weapons', 'other'];
const GOV = ['armed-forces', 'police', 'other-government'];
const COUNTER_TERRORISM = ['aircraft-offences-convention', 'aircraft-seizure-convention', 'civil-aviation-convention', 'protected-persons-convention', 'hostages-convention', 'nuclear-material-convention', 'airports-protocol', 'maritime-navigation-convention', 'fixed-platforms-protocol', 'plastic-explosives-convention', 'terrorist-bombings-convention', 'terrorist-financing-convention', 'nuclear-terrorism-convention', 'beijing-convention', 'beijing-protocol', 'maritime-navigation-protocol-2005', 'fixed-platforms-protocol-2005', 'aircraft-offences-protocol-2014'];

const rec = (path: string, operator: string, value: unknown): Cond => ({ fact: 'record', path: `$.${path}`, operator, value });
const absent = (path: string): Cond => rec(path, 'absent', true);
const stated = (path: string): Cond => rec(path, 'absent', false);
const profile = (role: string, path: string | undefined, operator: string, value: unknown): Cond => ({ fact: 'profile', params: { role }, operator, value, ...(path ? { path: `$.${path}` } : {}) });
const noProfile = (role: string): Cond => profile(role, undefined, 'absent', true);
const ref = (condition: string): Cond => ({ condition });
const all = (...c: Cond[]): TopLevelCondition => ({ all: c });
const any = (...c: Cond[]): TopLevelCondition => ({ any: c });
const not = (c: Cond): TopLevelCondition => ({ not: c as never });
const noAuthorizingState: Cond = { fact: 'authorizingState', operator: 'absent', value: true };
/** The authorizing state is named but has no profile (unnamed is the applicant's to state: missing-information). */
const noAuthorizingProfile: Cond = all({ fact: 'authorizingState', operator: 'absent', value: false }, { fact: 'profile', params: { role: 'authorizing' }, operator: 'absent', value: true });
const typeKnown = [stated('end_user.type'), rec('end_user.type', 'notEqual', 'unknown')];
const typeUnknown = any(absent('end_user.type'), rec('end_user.type', 'equal', 'unknown'));

/** What the decision step needs to know of each criterion. */
export interface CriterionMeta { id: string; level: string; article: string; kind: string; mitigable: boolean }

export const META: CriterionMeta[] = [
  ['att-2-1-covered-items', 'out-of-scope', 'ATT 2', 'scope'], ['att-2-3-own-use-movement', 'out-of-scope', 'ATT 2', 'scope'],
  ['att-2-3-un-embargo-own-use', 'officer-finding', 'UN Charter 25', 'prohibition'], ['att-6-1-un-arms-embargo', 'prohibited', 'ATT 6', 'prohibition'],
  ['att-6-2-apmbc-anti-personnel-mines', 'prohibited', 'ATT 6', 'prohibition'], ['att-6-2-ccm-cluster-munitions', 'prohibited', 'ATT 6', 'prohibition'],
  ['att-6-3-knowledge-of-atrocity-crimes', 'prohibited', 'ATT 6', 'officer'], ['att-7-1-a-non-state-armed-group', 'substantial', 'ATT 7', 'risk'],
  ['att-7-1-a-peace-and-security', 'substantial', 'ATT 7', 'risk', 1], ['att-7-1-b-i-banned-munitions', 'substantial', 'ATT 7', 'risk'],
  ['att-7-1-b-i-ihl', 'high', 'ATT 7', 'risk', 1], ['att-7-1-b-ii-human-rights', 'high', 'ATT 7', 'risk', 1], ['att-7-1-b-iii-terrorism', 'high', 'ATT 7', 'risk', 1],
  ['att-7-1-b-iv-organized-crime', 'substantial', 'ATT 7', 'risk', 1], ['att-7-4-gender-based-violence', 'high', 'ATT 7', 'risk', 1],
  ['att-9-transit-non-objection', 'low', 'ATT 9', 'procedural'], ['att-10-unregistered-broker', 'substantial', 'ATT 10', 'procedural'],
  ['att-11-2-delivery-verification', 'low', 'ATT 11', 'diversion'], ['att-11-2-diversion-record', 'high', 'ATT 11', 'diversion', 1],
  ['att-11-2-end-user-identified', 'missing-information', 'ATT 11', 'diversion'], ['att-11-2-euc-authentication', 'substantial', 'ATT 11', 'diversion'],
  ['att-11-2-euc-missing', 'missing-information', 'ATT 11', 'diversion'], ['att-11-2-euc-non-reexport', 'substantial', 'ATT 11', 'diversion', 1],
  ['fp-10-2-a-import-authorization', 'missing-information', 'Firearms Protocol 10', 'diversion'], ['fp-10-2-b-transit-non-objection', 'missing-information', 'Firearms Protocol 10', 'diversion'],
  ['route-transit-non-objection', 'low', 'ATT 11', 'diversion'],
].map(([id, level, article, kind, mitigable]) => ({ id: id as string, level: level as string, article: article as string, kind: kind as string, mitigable: mitigable === 1 }));

/** The agreed measures that lower each criterion's risk (ATT 7(2), 11(2)). */
const MEASURES: Record<string, string[]> = {
  'att-7-1-a-peace-and-security': ['confidence-building-measure', 'joint-programme', 'end-use-monitoring'],
  'att-7-1-b-i-ihl': ['ihl-training', 'end-use-monitoring', 'joint-programme'],
  'att-7-1-b-ii-human-rights': ['human-rights-training', 'end-use-monitoring', 'joint-programme'],
  'att-7-1-b-iii-terrorism': ['end-use-monitoring', 'post-shipment-verification'],
  'att-7-1-b-iv-organized-crime': ['end-use-monitoring', 'post-shipment-verification', 'stockpile-management'],
  'att-7-4-gender-based-violence': ['gbv-prevention-programme', 'end-use-monitoring'],
  'att-11-2-diversion-record': ['post-shipment-verification', 'delivery-verification', 'end-use-monitoring'],
  'att-11-2-euc-non-reexport': ['re-export-assurance'],
};

function rule(id: string, status: 'triggered' | 'unknown', level: string, conditions: TopLevelCondition): RuleProperties {
  return { name: `${id} ${status}`, conditions, event: { type: 'finding', params: { id, status, level } } };
}

/** Every rule, the shared conditions and the embargo rules; `embargoes` are the UN context's entries. */
export function addRules(engine: Engine, embargoes: readonly Rec[]): number {
  engine.setCondition('covered', all(rec('items', 'anyItem', [{}])));
  engine.setCondition('export', all(rec('activity', 'equal', 'export'), ref('covered')));
  engine.setCondition('diversionItems', all(rec('activity', 'in', ['export', 'brokering']), rec('items', 'anyItem', [{ classes: ['arm'] }, { classes: AMMO, categories: SALW }, { classes: AMMO, categories: HEAVY }])));
  engine.setCondition('brokerItems', all(rec('items', 'anyItem', [{ classes: ['arm'] }, { classes: AMMO, categories: SALW }, { classes: AMMO, categories: HEAVY }])));
  const mineItems = [{ classes: AMMO, categories: MINE }, { classes: ['arm'], categories: ['missiles', 'other'] }];
  engine.setCondition('mineItems', all(rec('items', 'anyItem', mineItems)));
  engine.setCondition('smallArms', all(rec('activity', 'equal', 'export'), rec('items', 'anyItem', [{ categories: ['small-arms'] }])));
  engine.setCondition('smallArmsRoute', all(rec('activity', 'in', ['export', 'brokering']), rec('items', 'anyItem', [{ categories: ['small-arms'] }])));
  engine.setCondition('routeItems', all(rec('activity', 'in', ['export', 'brokering']), rec('items', 'anyItem', [{ classes: ['arm'] }, { classes: AMMO }])));
  engine.setCondition('transitItems', all(rec('activity', 'in', ['transit', 'trans-shipment']), rec('items', 'anyItem', [{ classes: ['arm'] }])));
  const flagged = (flag: string) => rec('items', 'anyItem', mineItems.map(s => ({ ...s, flag })));
  const flagsAbsent = rec('items', 'anyItem', mineItems.map(s => ({ ...s, flagsAbsent: true })));
  // The Conventions' own scope (att-6-2-*): munitions in the 2(1) categories, missiles, and anything
  // outside them; a flag counts on any of them, but unstated flags leave only munitions open (an arm
  // or a part outside 2(1), such as body armour, counts only when flagged).
  const munitions = [{ classes: AMMO, categories: MINE.filter(c => c !== 'other') }, { classes: ['arm'], categories: ['missiles'] }, { classes: ['ammunition'], categories: ['other'] }];
  const conventionItems = [...munitions, { categories: ['other'] }];
  engine.setCondition('conventionItems', all(rec('items', 'anyItem', conventionItems)));
  const conventionFlagged = (flag: string) => rec('items', 'anyItem', conventionItems.map(s => ({ ...s, flag })));
  const conventionFlagsAbsent = rec('items', 'anyItem', munitions.map(s => ({ ...s, flagsAbsent: true })));
  const euc = (field: string) => `end_user_certificate.${field}`;
  const rules: RuleProperties[] = [
    rule('att-2-1-covered-items', 'triggered', 'out-of-scope', all(not(ref('covered')))),
    rule('att-2-3-own-use-movement', 'triggered', 'out-of-scope', all(rec('own_use_movement', 'equal', true), profile('exporter', 'att', 'equal', 'party'))),
    rule('att-2-3-own-use-movement', 'unknown', 'none', any(absent('own_use_movement'), all(rec('own_use_movement', 'equal', true), noProfile('exporter')))),
    ...['anti-personnel-mine', 'cluster-munition'].flatMap(flag => {
      const [id, treaty] = flag === 'cluster-munition' ? ['att-6-2-ccm-cluster-munitions', 'ccm'] : ['att-6-2-apmbc-anti-personnel-mines', 'apmbc'];
      return [
        rule(id, 'triggered', 'prohibited', all(ref('conventionItems'), conventionFlagged(flag), profile('authorizing', 'treaties', 'contains', treaty))),
        rule(id, 'unknown', 'officer-check', all(ref('conventionItems'), any(conventionFlagged(flag), conventionFlagsAbsent), noAuthorizingProfile)),
        rule(id, 'unknown', 'missing-information', all(ref('conventionItems'), any(conventionFlagged(flag), conventionFlagsAbsent), noAuthorizingState)),
        rule(id, 'unknown', 'missing-information', all(ref('conventionItems'), conventionFlagsAbsent, profile('authorizing', 'treaties', 'contains', treaty))),
      ];
    }),
    rule('att-6-3-knowledge-of-atrocity-crimes', 'triggered', 'prohibited', all(rec('officer.knowledge_6_3', 'equal', true))),
    rule('att-6-3-knowledge-of-atrocity-crimes', 'unknown', 'officer-check', all(absent('officer.knowledge_6_3'))),
    rule('att-7-1-a-non-state-armed-group', 'triggered', 'substantial', all(ref('export'), rec('end_user.type', 'equal', 'non-state-armed-group'))),
    rule('att-7-1-a-non-state-armed-group', 'unknown', 'missing-information', all(ref('export'), absent('end_user.type'))),
    rule('att-7-1-a-peace-and-security', 'triggered', 'substantial', all(ref('export'), profile('end_user', 'armed_conflict', 'in', ['internal', 'international']))),
    rule('att-7-1-a-peace-and-security', 'unknown', 'officer-check', all(ref('export'), any(noProfile('end_user'), profile('end_user', 'armed_conflict', 'absent', true)))),
    rule('att-7-1-b-i-banned-munitions', 'triggered', 'substantial', all(rec('activity', 'equal', 'export'), ref('mineItems'), any(flagged('anti-personnel-mine'), flagged('cluster-munition')))),
    rule('att-7-1-b-i-banned-munitions', 'unknown', 'missing-information', all(rec('activity', 'equal', 'export'), ref('mineItems'), flagsAbsent)),
    ...([['att-7-1-b-i-ihl', 'recent_ihl'], ['att-7-1-b-ii-human-rights', 'recent_human_rights'], ['att-7-4-gender-based-violence', 'recent_gbv']] as const).flatMap(([id, operator]) => [
      rule(id, 'triggered', 'high', all(ref('export'), profile('end_user', 'findings', operator, { fact: 'record' }))),
      rule(id, 'unknown', 'officer-check', all(ref('export'), any(noProfile('end_user'), profile('end_user', 'findings', 'absent', true)))),
    ]),
    rule('att-7-1-b-iii-terrorism', 'triggered', 'high', all(ref('export'), any(profile('end_user', 'findings', 'recent_terrorism', { fact: 'record' }), rec('end_user.type', 'equal', 'non-state-armed-group')), profile('exporter', 'treaties', 'someValue:contains', COUNTER_TERRORISM))),
    rule('att-7-1-b-iii-terrorism', 'unknown', 'officer-check', all(ref('export'), any(noProfile('end_user'), noProfile('exporter')))),
    rule('att-7-1-b-iv-organized-crime', 'triggered', 'substantial', all(ref('export'), profile('end_user', 'findings', 'recent_organized_crime', { fact: 'record' }), profile('exporter', 'treaties', 'contains', 'untoc'))),
    rule('att-7-1-b-iv-organized-crime', 'unknown', 'officer-check', all(ref('export'), any(noProfile('end_user'), noProfile('exporter')))),
    rule('att-9-transit-non-objection', 'triggered', 'low', all(ref('transitItems'), rec('transit', 'anyElement', ['no_objection', false]))),
    rule('att-9-transit-non-objection', 'unknown', 'low', all(ref('transitItems'), any(absent('transit'), rec('transit', 'anyElement', ['no_objection', null])))),
    rule('att-10-unregistered-broker', 'triggered', 'substantial', all(ref('brokerItems'), rec('brokers', 'anyElement', ['registered', false]))),
    rule('att-10-unregistered-broker', 'unknown', 'low', all(ref('brokerItems'), any(absent('brokers'), rec('brokers', 'anyElement', ['registered', null])))),
    rule('att-11-2-delivery-verification', 'triggered', 'low', all(ref('diversionItems'), rec(euc('present'), 'equal', true), rec(euc('delivery_verification'), 'equal', false))),
    rule('att-11-2-delivery-verification', 'unknown', 'missing-information', all(ref('diversionItems'), any(absent(euc('present')), all(rec(euc('present'), 'equal', true), absent(euc('delivery_verification')))))),
    rule('att-11-2-diversion-record', 'triggered', 'high', all(ref('diversionItems'), profile('end_user', 'findings', 'recent_diversion', { fact: 'record' }))),
    rule('att-11-2-diversion-record', 'unknown', 'officer-check', all(ref('diversionItems'), any(noProfile('end_user'), profile('end_user', 'findings', 'absent', true)))),
    rule('att-11-2-end-user-identified', 'triggered', 'missing-information', all(ref('diversionItems'), any(absent('end_user.name'), absent('end_user.state'), rec('end_user.type', 'equal', 'unknown')))),
    rule('att-11-2-end-user-identified', 'unknown', 'missing-information', all(ref('diversionItems'), absent('end_user.type'))),
    rule('att-11-2-euc-authentication', 'triggered', 'substantial', all(ref('diversionItems'), rec(euc('present'), 'equal', true), rec(euc('authenticated'), 'equal', false))),
    rule('att-11-2-euc-authentication', 'unknown', 'missing-information', all(ref('diversionItems'), any(absent(euc('present')), all(rec(euc('present'), 'equal', true), absent(euc('authenticated')))))),
    rule('att-11-2-euc-missing', 'triggered', 'missing-information', all(ref('diversionItems'), rec(euc('present'), 'equal', false))),
    rule('att-11-2-euc-missing', 'unknown', 'missing-information', all(ref('diversionItems'), absent(euc('present')))),
    rule('att-11-2-euc-non-reexport', 'triggered', 'substantial', all(ref('diversionItems'), rec(euc('present'), 'equal', true), rec(euc('non_reexport_clause'), 'equal', false))),
    rule('att-11-2-euc-non-reexport', 'unknown', 'missing-information', all(ref('diversionItems'), any(absent(euc('present')), all(rec(euc('present'), 'equal', true), absent(euc('non_reexport_clause')))))),
    rule('fp-10-2-a-import-authorization', 'triggered', 'missing-information', all(ref('smallArms'), profile('authorizing', 'treaties', 'contains', 'firearms-protocol'), rec('import_authorization.present', 'equal', false))),
    rule('fp-10-2-a-import-authorization', 'unknown', 'officer-check', all(ref('smallArms'), noAuthorizingProfile, not(rec('import_authorization.present', 'equal', true)))),
    rule('fp-10-2-a-import-authorization', 'unknown', 'missing-information', all(ref('smallArms'), noAuthorizingState, not(rec('import_authorization.present', 'equal', true)))),
    rule('fp-10-2-a-import-authorization', 'unknown', 'missing-information', all(ref('smallArms'), profile('authorizing', 'treaties', 'contains', 'firearms-protocol'), absent('import_authorization.present'))),
    rule('fp-10-2-b-transit-non-objection', 'triggered', 'missing-information', all(ref('smallArmsRoute'), profile('authorizing', 'treaties', 'contains', 'firearms-protocol'), rec('transit', 'anyElement', ['no_objection', false]))),
    rule('fp-10-2-b-transit-non-objection', 'unknown', 'officer-check', all(ref('smallArmsRoute'), noAuthorizingProfile, any(absent('transit'), rec('transit', 'anyElementNot', ['no_objection', true])))),
    rule('fp-10-2-b-transit-non-objection', 'unknown', 'missing-information', all(ref('smallArmsRoute'), noAuthorizingState, any(absent('transit'), rec('transit', 'anyElementNot', ['no_objection', true])))),
    rule('route-transit-non-objection', 'triggered', 'low', all(ref('routeItems'), rec('transit', 'anyElement', ['no_objection', false]))),
    rule('route-transit-non-objection', 'unknown', 'low', all(ref('routeItems'), any(absent('transit'), rec('transit', 'anyElement', ['no_objection', null])))),
    ...Object.entries(MEASURES).map(([id, measures]) => ({ name: `${id} mitigated`, conditions: all(rec('mitigations', 'agreedAny', measures)), event: { type: 'mitigated', params: { id } } })),
    ...embargoes.filter(e => e.authority === 'UN').flatMap(embargoRules),
  ];
  for (const r of rules) engine.addRule(r);
  return rules.length;
}

/** One embargo entry as rules: in force and covering the transfer; and each way it may, unknown. */
function embargoRules(e: Rec): RuleProperties[] {
  const event = (status: string, level: string) => ({ type: 'embargo', params: { embargo: e.id, status, level } });
  const until: string | null = e.until ?? null;
  const mayBeRenewed = until !== null && e.ended !== true && !(e.checked_on !== undefined && e.checked_on > until);
  const window = [rec('date', 'onOrAfter', e.from), ...(until === null ? [] : [rec('date', 'onOrBefore', until)])];
  const categories = e.categories === 'all' ? [] : [rec('items', 'anyItem', [{ categories: e.categories }])];
  const destination = (code: string) => any(rec('importer.state', 'equal', code), rec('end_user.state', 'equal', code), rec('transit', 'anyElement', ['state', code]));
  const target = e.target === 'any' ? [] : [destination(e.target)];
  const exempt: string[] = [...(e.exempt_end_user_types ?? []), ...(e.review_end_user_types ?? [])];
  const directions: string[] = e.directions ?? ['to'];
  const toBranch: Cond[] = [...target];
  if (exempt.length) toBranch.push(...typeKnown, rec('end_user.type', 'notIn', exempt));
  if (e.exempt_if_authorized_by) toBranch.push(stated('authorizations'), not(any(...(e.exempt_if_authorized_by as string[]).map(by => rec('authorizations', 'anyElement', ['by', by])))));
  if (e.scope === 'non-state-actors') toBranch.push(...typeKnown, rec('end_user.type', 'notIn', GOV));
  if (e.scope === 'listed') toBranch.push({ fact: 'screening', params: { list: e.id }, operator: 'contains', value: 'match' });
  const branches: Cond[] = [];
  if (directions.includes('to') && e.region === undefined) branches.push(all(...toBranch));
  if (directions.includes('from') && e.target !== 'any') branches.push(rec('exporter.state', 'equal', e.target));
  const rules: RuleProperties[] = [];
  const name = (what: string) => `${e.id} ${what}`;
  if (branches.length) rules.push({ name: name('triggered'), conditions: all(...window, ...categories, any(...branches)), event: event('triggered', 'prohibited') });
  const reached = directions.includes('to') ? target : [];
  if (mayBeRenewed) rules.push({ name: name('renewal'), conditions: all(rec('date', 'after', until), ...categories, ...reached), event: event('unknown', 'officer-check') });
  if (directions.includes('to')) {
    if (e.region !== undefined) rules.push({ name: name('region'), conditions: all(...window, ...categories, ...target), event: event('unknown', 'officer-check') });
    if (exempt.length || e.scope === 'non-state-actors') rules.push({ name: name('end-user type'), conditions: all(...window, ...categories, ...target, typeUnknown), event: event('unknown', 'missing-information') });
    if (e.review_end_user_types?.length) rules.push({ name: name('exemption procedure'), conditions: all(...window, ...categories, ...target, rec('end_user.type', 'in', e.review_end_user_types)), event: event('unknown', 'officer-check') });
    if (e.scope === 'listed') {
      rules.push({ name: name('possible match'), conditions: all(...window, ...categories, ...target, { fact: 'screening', params: { list: e.id }, operator: 'contains', value: 'possible' }), event: event('unknown', 'officer-finding') });
      rules.push({ name: name('unnamed end user'), conditions: all(...window, ...categories, ...target, absent('end_user.name')), event: event('unknown', 'missing-information') });
      for (const review of (e.review_when ?? []) as Rec[]) {
        rules.push({ name: name(`review ${review.state}`), conditions: all(...window, ...categories, destination(review.state), ...(review.end_user_types ? [rec('end_user.type', 'in', review.end_user_types)] : [])), event: event('unknown', 'officer-check') });
      }
    }
    if (e.target !== 'any') rules.push({ name: name('destination'), conditions: all(...window, ...categories, any(absent('importer.state'), absent('end_user.state'))), event: event('unknown', 'missing-information') });
  }
  if (directions.includes('from') && e.target !== 'any') rules.push({ name: name('exporter'), conditions: all(...window, absent('exporter.state')), event: event('unknown', 'missing-information') });
  return rules;
}
