import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { namedParties } from '../engine/index.js';
import { LISTED_TYPES, type ListedType } from '../schema/index.js';
import type { ScreenSubject } from '../screening/index.js';
import { readSource } from '../loader/index.js';
import { formatDiagnostic } from '../diagnostics/index.js';
import { loadInputs } from '../batch/index.js';

/** The names to screen, and the problems met reading them (each `file:line: message`). */
export interface ScreenInputs {
  readonly subjects: ScreenSubject[];
  readonly problems: string[];
}

/**
 * Reads what `atra screen` is given: plain text (`.txt`, or standard input) with one name per line
 * (blank lines and `#` comments skipped); CSV with a `name` column (and optional `country`, `type`);
 * or transfer records (YAML, JSON, NDJSON, or CSV without a `name` column), whose named parties are
 * screened on the record's date, as the listed-embargo check screens them.
 */
export async function readScreenInputs(files: readonly string[], readStdin: () => Promise<string>, today: string): Promise<ScreenInputs> {
  const subjects: ScreenSubject[] = [];
  const problems: string[] = [];
  const recordFiles: string[] = [];
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    if (file === '-' || ext === '.txt') {
      const source = await readSource(file, readStdin);
      source.text.split(/\r?\n/).forEach((line, i) => {
        const name = line.trim();
        if (name && !name.startsWith('#')) subjects.push({ name, source: `${source.file}:${i + 1}`, date: today });
      });
    } else if (ext === '.csv' && (await csvHasNameColumn(file))) {
      subjects.push(...(await namesFromCsv(file, today, problems)));
    } else {
      recordFiles.push(file);
    }
  }
  if (recordFiles.length) {
    const loaded = await loadInputs(recordFiles, readStdin);
    for (const error of loaded.errors) for (const d of error.diagnostics) problems.push(formatDiagnostic(d));
    for (const { record, origin } of loaded.records) {
      const source = `${origin.file}:${origin.line}`;
      for (const party of namedParties(record)) subjects.push({ name: party.name, source, record: record.id, role: party.path, facts: party.facts, date: record.date });
    }
  }
  return { subjects, problems };
}

async function csvHasNameColumn(file: string): Promise<boolean> {
  try {
    const header = (await readSource(file)).text.split(/\r?\n/, 1)[0] ?? '';
    return header.split(',').some(column => column.trim().replace(/^"|"$/g, '').toLowerCase() === 'name');
  } catch {
    return false;
  }
}

async function namesFromCsv(file: string, today: string, problems: string[]): Promise<ScreenSubject[]> {
  const source = await readSource(file);
  const rows = parse<Record<string, string | undefined>>(source.text, { columns: (header: string[]) => header.map(h => h.trim().toLowerCase()), skip_empty_lines: true, relax_column_count: true });
  const out: ScreenSubject[] = [];
  rows.forEach((row, i) => {
    const at = `${source.file}:${i + 2}`;
    const name = row.name?.trim();
    if (!name) {
      problems.push(`${at}: the name column is empty`);
      return;
    }
    const type = row.type?.trim();
    if (type && !LISTED_TYPES.includes(type as ListedType)) problems.push(`${at}: type "${type}" is not one of ${LISTED_TYPES.join(', ')}; ignored`);
    const country = row.country?.trim().toUpperCase() || undefined;
    out.push({ name, source: at, facts: { country, type: LISTED_TYPES.includes(type as ListedType) ? (type as ListedType) : undefined }, date: today });
  });
  return out;
}
