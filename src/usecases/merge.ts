/**
 * Deep-merges a case's record over its base: mappings merge key by key, lists and scalars replace,
 * and `null` removes the key, so a case can say "the same application, without an end user".
 */
export function mergeRecord(base: unknown, patch: unknown): unknown {
  if (!isObject(base) || !isObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = key in out ? mergeRecord(out[key], value) : value;
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
