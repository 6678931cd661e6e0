import { readPath, splitPath } from './fields.js';

/**
 * Fills `{{path}}` placeholders from the bound facts (`embargo.basis`, `finding.date`, `state.name`,
 * `missing`) and then from the record (`end_user.state`). A value that is not there reads
 * "(not stated)", so a sentence never silently drops a fact.
 */
export function renderTemplate(template: string, bindings: Readonly<Record<string, unknown>>, record: unknown): string {
  const parts = parsed(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const segments = parts[i] as (string | number)[];
    const bound = readPath(bindings, segments);
    out += display(bound === undefined ? readPath(record, segments) : bound) + (parts[i + 1] as string);
  }
  return out;
}

// Templates come from a few dozen criteria: split each once into text and placeholder paths (bounded).
const PARSED = new Map<string, (string | (string | number)[])[]>();

function parsed(template: string): (string | (string | number)[])[] {
  let parts = PARSED.get(template);
  if (!parts) {
    // A template built per record (a not-applicable note names the record's items) must not pile up.
    if (PARSED.size >= 4096) PARSED.clear();
    parts = template.split(/\{\{\s*([a-z0-9_.[\]-]+)\s*\}\}/gi).map((part, i) => (i % 2 ? splitPath(part) : part));
    PARSED.set(template, parts);
  }
  return parts;
}

function display(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(not stated)';
  if (Array.isArray(value)) return value.length ? value.map(display).join(', ') : '(none)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The placeholders a template uses, for lint. */
export function templatePlaceholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([a-z0-9_.[\]-]+)\s*\}\}/gi)].map(match => match[1] ?? '');
}
