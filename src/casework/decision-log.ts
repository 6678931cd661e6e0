import { canonicalJson, digestOf, sha256Hex } from './canonical.js';

/** One line of a decision log: what was assessed, on what, with what result, chained to the line before. */
export interface LogEntry {
  readonly seq: number;
  readonly record_id: string;
  /** sha256 of the record as loaded (canonical JSON), before any determination. */
  readonly record_sha256: string;
  /** sha256 of the criteria set: every criteria and policy file's own sha256, in load order. */
  readonly criteria_sha256: string;
  /** sha256 of the context: every context file's sha256, in load order. */
  readonly context_sha256: string;
  /** sha256 of the determinations applied to this record (canonical JSON), or of [] when none. */
  readonly determinations_sha256: string;
  readonly as_of: string;
  /** The date determinations' expiry was judged against, so a later verify judges it the same. */
  readonly judged_on: string;
  readonly decision: string;
  /** sha256 of the canonical result, as the JSON report carries it. */
  readonly result_sha256: string;
  readonly engine: string;
  readonly prev: string;
  readonly hash: string;
}

/** The `prev` of a log's first line. */
export const GENESIS = '0'.repeat(64);

/** The hash of a line: the sha256 of its canonical JSON without `hash`. */
export function entryHash(entry: Omit<LogEntry, 'hash'>): string {
  return sha256Hex(canonicalJson(entry));
}

/** Seals an entry: sets its hash. */
export function seal(entry: Omit<LogEntry, 'hash'>): LogEntry {
  return { ...entry, hash: entryHash(entry) };
}

/** The digest of a result as the log keeps it: the advice chain, added later, is not part of it. */
export function resultDigest(result: object): string {
  const rest: Record<string, unknown> = { ...(result as Record<string, unknown>) };
  delete rest.advice;
  return digestOf(rest);
}

/** Where a log stops being trustworthy, and why. */
export interface LogBreak {
  /** The 1-based line of the log. */
  readonly line: number;
  readonly reason: string;
}

/**
 * Checks a log's lines: each parses, has the next sequence number, names the previous line's hash,
 * and its own hash matches its content. Returns the entries read and the first break.
 */
export function verifyChain(lines: readonly string[]): { entries: LogEntry[]; break?: LogBreak } {
  const entries: LogEntry[] = [];
  let prev = GENESIS;
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    let entry: LogEntry;
    try {
      entry = JSON.parse(text) as LogEntry;
    } catch {
      return { entries, break: { line, reason: 'not a JSON line' } };
    }
    if (entry === null || typeof entry !== 'object' || typeof entry.hash !== 'string') return { entries, break: { line, reason: 'not a decision-log entry' } };
    if (entry.seq !== index + 1) return { entries, break: { line, reason: `sequence number ${String(entry.seq)} where ${index + 1} was expected (a line removed or inserted)` } };
    if (entry.prev !== prev) return { entries, break: { line, reason: 'prev does not name the hash of the line before (chain broken)' } };
    const { hash, ...rest } = entry;
    if (entryHash(rest) !== hash) return { entries, break: { line, reason: 'the line was altered: its content does not match its hash' } };
    entries.push(entry);
    prev = hash;
  }
  return { entries };
}

/** What a head signature signs: the number of lines and the last line's hash. */
export function headPayload(seq: number, head: string): string {
  return canonicalJson({ seq, head });
}
