/**
 * `JSON.stringify(value, null, 2)` with every line after the first indented by `pad`, in one pass.
 * A report nests each result four spaces deep; indenting the finished text with a regex would copy
 * every result's text twice more. Same rules as JSON.stringify: keys whose value is undefined, a
 * function or a symbol are left out, and such values inside arrays become null.
 */
export function stringifyAt(value: unknown, pad: string): string {
  return write(value, pad) ?? 'undefined';
}

function write(value: unknown, pad: string): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return undefined;
  }
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return write((toJSON as () => unknown).call(value), pad);
  const inner = `${pad}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    let out = '[';
    for (let i = 0; i < value.length; i++) out += `${i ? ',' : ''}\n${inner}${write(value[i], inner) ?? 'null'}`;
    return `${out}\n${pad}]`;
  }
  let out = '';
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const text = write(record[key], inner);
    if (text === undefined) continue;
    out += `${out ? ',' : ''}\n${inner}${JSON.stringify(key)}: ${text}`;
  }
  return out ? `{${out}\n${pad}}` : '{}';
}
