/**
 * Resource limits on what atra reads. They are set on the command line only: criteria and context
 * files may come from an untrusted pull request, so nothing they say can raise a limit.
 * docs/limits.md lists them with their reasons.
 */
export interface Limits {
  /** Bytes of one input (any format); an endless device or stream stops here. */
  readonly maxInputBytes: number;
  /** Characters of a YAML or JSON document, which is read whole (records, criteria, context). */
  readonly maxDocumentChars: number;
  /** Characters of one physical line of an NDJSON or CSV input. */
  readonly maxLineChars: number;
  /** Characters of one NDJSON or CSV record (a CSV record may span lines inside quotes). */
  readonly maxRecordChars: number;
  /** The highest list index a CSV header may name (`items[N].category`). */
  readonly maxListIndex: number;
}

const MB = 1 << 20;

/** The defaults: generous for real licensing data, small enough that one input cannot exhaust memory. */
export const DEFAULT_LIMITS: Limits = {
  maxInputBytes: 16 * 1024 * MB,
  maxDocumentChars: 256 * MB,
  maxLineChars: 1 * MB,
  maxRecordChars: 1 * MB,
  maxListIndex: 999,
};

/** Criteria, policy, context, case and answer files are small by nature; one over this is refused. */
export const MAX_CONFIG_FILE_BYTES = 16 * MB;

/** A limit that was exceeded, as a message that names the command-line option that raises it. */
export function limitMessage(what: string, limit: number, option: string): string {
  return `${what} is over the limit of ${limit.toLocaleString('en')} (raise it with ${option} if the input is genuine)`;
}
