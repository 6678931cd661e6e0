import { readPath, splitPath } from './fields.js';

/**
 * Fills `{{path}}` placeholders from the bound facts (`embargo.basis`, `finding.date`, `state.name`,
 * `missing`) and then from the record (`end_user.state`). A value that is not there reads
 * "(not stated)", so a sentence never silently drops a fact.
 */
export function renderTemplate(template: string, bindings: Readonly<Record<string, unknown>>, record: unknown): string {
  return template.replace(/\{\{\s*([a-z0-9_.[\]-]+)\s*\}\}/gi, (_, path: string) => {
    const segments = splitPath(path);
    const bound = readPath(bindings, segments);
    const value = bound === undefined ? readPath(record, segments) : bound;
    return display(value);
  });
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
