import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { DEFAULT_LIMITS, type Limits } from '../loader/index.js';
import { defaultWindow, EARLIEST_DATE, type DateWindow } from '../loader/index.js';
import { UsageError } from './errors.js';

/** The options `addInputOptions` adds, as commander hands them over. */
export interface InputCliOptions {
  criteriaRoot?: string;
  maxInputSize?: string;
  maxDocumentSize?: string;
  maxLineLength?: string;
  maxRecordSize?: string;
  maxListIndex?: string;
  earliestDate?: string;
  latestDate?: string;
}

/** What the input options come to. */
export interface InputSettings {
  readonly limits: Limits;
  readonly criteriaRoot?: string | undefined;
  readonly dateWindow: DateWindow;
}

/**
 * Adds the options that bound what a command reads: the criteria folder, the size limits and the
 * plausible date range. They exist on the command line only; no criteria or context file can set them.
 */
export function addInputOptions(command: Command): Command {
  return command
    .option('--criteria-root <dir>', 'folder every criteria file must stay inside (default: the folder of each --criteria)')
    .option('--max-input-size <bytes>', `largest input, in bytes (default ${DEFAULT_LIMITS.maxInputBytes})`)
    .option('--max-document-size <chars>', `largest YAML or JSON document, read whole (default ${DEFAULT_LIMITS.maxDocumentChars})`)
    .option('--max-line-length <chars>', `longest NDJSON or CSV line (default ${DEFAULT_LIMITS.maxLineChars})`)
    .option('--max-record-size <chars>', `largest NDJSON or CSV record (default ${DEFAULT_LIMITS.maxRecordChars})`)
    .option('--max-list-index <n>', `highest list index in a CSV header (default ${DEFAULT_LIMITS.maxListIndex})`)
    .option('--earliest-date <date>', `earliest plausible record date (default ${EARLIEST_DATE})`)
    .option('--latest-date <date>', 'latest plausible record date (default: a year after the assessment)');
}

/** Reads the input options; a malformed value is a usage error. `assessedAt` anchors the date range. */
export function readInputOptions(options: InputCliOptions, assessedAt: string): InputSettings {
  const limits: Limits = {
    maxInputBytes: count(options.maxInputSize, '--max-input-size', DEFAULT_LIMITS.maxInputBytes),
    maxDocumentChars: count(options.maxDocumentSize, '--max-document-size', DEFAULT_LIMITS.maxDocumentChars),
    maxLineChars: count(options.maxLineLength, '--max-line-length', DEFAULT_LIMITS.maxLineChars),
    maxRecordChars: count(options.maxRecordSize, '--max-record-size', DEFAULT_LIMITS.maxRecordChars),
    maxListIndex: count(options.maxListIndex, '--max-list-index', DEFAULT_LIMITS.maxListIndex),
  };
  const window = defaultWindow(assessedAt);
  const dateWindow: DateWindow = {
    earliest: options.earliestDate === undefined ? window.earliest : isoDate(options.earliestDate, '--earliest-date'),
    latest: options.latestDate === undefined ? window.latest : isoDate(options.latestDate, '--latest-date'),
  };
  return { limits, criteriaRoot: options.criteriaRoot, dateWindow };
}

function count(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new UsageError(`${option} takes a whole number; got ${JSON.stringify(value.slice(0, 40))}`, `write e.g. ${option} ${fallback}`);
  return n;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A calendar date written YYYY-MM-DD that exists; anything else is a usage error. */
export function isoDate(value: string, option: string): string {
  if (!ISO_DATE.test(value) || !exists(value)) throw new UsageError(`${option} takes an ISO 8601 date (YYYY-MM-DD); got ${JSON.stringify(value.slice(0, 40))}`, `write e.g. ${option} 2026-11-22`);
  return value;
}

/** An ISO 8601 date, or a date and time with a zone (`2026-11-22T10:00:00Z`); kept as written. */
export function isoTimestamp(value: string, option: string): string {
  if ((!ISO_DATE.test(value) && !ISO_TIMESTAMP.test(value)) || !exists(value.slice(0, 10)) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`${option} takes an ISO 8601 date or timestamp; got ${JSON.stringify(value.slice(0, 40))}`, `write e.g. ${option} 2026-11-22T00:00:00Z`);
  }
  return value;
}

function exists(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day);
}

/** `--jobs`: a whole number, never more than the cores (a thousand workers would only thrash). */
export function jobsWithin(requested: number, warn: (text: string) => void): number {
  const cores = availableParallelism();
  if (requested <= cores) return requested;
  warn(`atra: --jobs ${requested} is more than the ${cores} core(s) here; using ${cores}\n`);
  return cores;
}
