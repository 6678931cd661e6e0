/**
 * A fact's value as a report prints it: lists joined by commas, and nothing at all (an empty list, an
 * empty text, null) as "none stated", never as `flags = ` with nothing after it.
 */
export function formatFactValue(value: unknown): string {
  // The engine marks an absent field "(not stated)" and an empty list "(none)" in the evidence it keeps.
  if (value === '(not stated)') return 'not stated';
  if (value === '(none)') return 'none stated';
  if (value === undefined || value === null || value === '') return 'none stated';
  if (Array.isArray(value)) return value.length ? value.map(formatFactValue).join(', ') : 'none stated';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? 'none stated';
}
