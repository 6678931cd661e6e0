import { existsSync } from 'node:fs';
import { loadInputs } from '../batch/index.js';
import { loadCriteria } from '../loader/index.js';
import { readSource } from '../loader/index.js';
import { parseLocated } from '../loader/index.js';
import { displayPath } from '../loader/index.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { adviceChain, checkDeterminations, staleProfiles, statesOfRecords } from '../casework/index.js';
import type { StatesFile } from '../schema/index.js';
import { loadDeterminationFiles } from '../casefiles/index.js';
import { loadStatements } from '../casefiles/index.js';

function at(origin: string): Diagnostic['location'] {
  const [file = origin, line = '1', column] = origin.split(/:(?=\d)/);
  return { file, line: Number(line), ...(column ? { column: Number(column) } : {}) };
}

/** Lints a determinations file: schema, reasons, expiry, protected fields, and orphans against the records it names. */
export async function lintDeterminationsFile(file: string, today: string): Promise<Diagnostic[]> {
  const loaded = await loadDeterminationFiles([file]);
  if (loaded.diagnostics.length) return loaded.diagnostics.map(d => ({ ...d, code: d.code === 'determinations' ? 'schema' : d.code }));
  const present = loaded.recordFiles.filter(path => existsSync(path));
  const inputs = present.length ? await loadInputs(present, () => Promise.resolve('')) : undefined;
  const records = inputs?.records.map(r => r.record) ?? [];
  const scope = inputs ? { records: new Set(records.map(r => r.id)), states: new Set(statesOfRecords(records).keys()) } : undefined;
  const missing: Diagnostic[] = loaded.recordFiles.filter(path => !existsSync(path)).map(path => ({ code: 'file-not-found', severity: 'error', message: `records file ${path} does not exist`, hint: 'records: lists paths relative to the determinations file', location: { file: displayPath(file), line: 1 } }));
  return [...missing, ...checkDeterminations(loaded.entries, today, scope).map(p => ({ code: p.code, severity: p.severity, message: p.message, hint: p.hint, location: at(p.origin) }))];
}

/** Lints an advice file: schema, self-countersigning, and countersignatures whose advice was changed. */
export async function lintAdviceFile(file: string): Promise<Diagnostic[]> {
  const loaded = await loadStatements(file);
  if (loaded.diagnostics.length) return loaded.diagnostics.map(d => ({ ...d, code: d.code === 'advice' ? 'schema' : d.code }));
  const out: Diagnostic[] = [];
  for (const record of new Set(loaded.statements.map(s => s.record))) {
    const chain = adviceChain(record, loaded.statements, undefined);
    const indexes = loaded.statements.flatMap((s, i) => (s.record === record && s.kind === 'countersignature' ? [i] : []));
    chain.countersignatures.forEach((c, n) => {
      const location = at(loaded.positions[indexes[n] as number] ?? file);
      if (c.status === 'void-self') out.push({ code: 'countersign-self', severity: 'error', message: `${c.officer} countersigns their own advice on ${record}`, hint: 'a different officer must countersign', location });
      if (c.status === 'void-advice-changed') out.push({ code: 'countersign-void', severity: 'warning', message: `the countersignature by ${c.officer} on ${record} names advice that is no longer in the file (edited after signing)`, hint: 'the advice was changed: it must be countersigned again', location });
    });
  }
  return out;
}

/** The policy's profile age limit: from a linted criteria set, else the built-in ATT policy. */
export async function profileMaxAge(setFiles: readonly string[]): Promise<number | undefined> {
  for (const set of [...setFiles, 'att']) {
    const loaded = await loadCriteria(set);
    const days = loaded.bundle?.policy.profile_max_age_days;
    if (days !== undefined) return days;
  }
  return undefined;
}

/** Warns for each state profile checked longer ago than the policy allows. */
export async function lintProfileAge(file: string, states: StatesFile, today: string, maxDays: number | undefined): Promise<Diagnostic[]> {
  if (maxDays === undefined) return [];
  const document = parseLocated(displayPath(file), (await readSource(file)).text);
  return staleProfiles(states.states, today, maxDays).map(s => ({
    code: 'profile-stale',
    severity: 'warning',
    message: `the profile of ${s.code} was checked on ${s.checked_on}, ${s.age_days} days ago (the policy allows ${maxDays})`,
    hint: 'check the profile against its sources again and update checked_on',
    location: document.locate(['states', s.code, 'checked_on']),
  }));
}
