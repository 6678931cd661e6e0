/**
 * A value quoted for an error message: JSON-quoted (so control characters show as escapes), with
 * format and bidirectional characters escaped too, and cut to `max` characters. An error message
 * names the offending token, never the content of a whole file, so a criteria file pointed at a
 * secret cannot print it.
 */
export function quoteToken(value: unknown, max = 40): string {
  const text = typeof value === 'string' ? value : String(JSON.stringify(value));
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  const quoted = typeof value === 'string' ? JSON.stringify(cut) : cut;
  return quoted.replace(/[\p{Cf}\p{Zl}\p{Zp}]/gu, char => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
