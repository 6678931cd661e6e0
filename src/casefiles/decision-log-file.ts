import { existsSync, readFileSync } from 'node:fs';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { GENESIS, headPayload, resultDigest, seal, verifyChain, type LogEntry } from '../casework/index.js';
import type { CaseResult } from './case-assess.js';

/** The lines of a log file; a missing or empty file has none. */
export async function readLogLines(path: string): Promise<string[]> {
  if (!existsSync(path)) return [];
  return (await readFile(path, 'utf8')).split('\n').filter(line => line !== '');
}

/** What every line of one assess run shares. */
export interface LogRun {
  readonly criteria_sha256: string;
  readonly context_sha256: string;
  readonly judged_on: string;
  readonly engine: string;
}

/**
 * Appends one line per result, chained to the log's last line. A log whose chain is already broken
 * is not appended to: the caller is told which line breaks it.
 */
export async function appendToLog(path: string, results: readonly CaseResult[], run: LogRun): Promise<{ appended: number; head: string; seq: number; broken?: string }> {
  const lines = await readLogLines(path);
  const checked = verifyChain(lines);
  if (checked.break) return { appended: 0, head: '', seq: 0, broken: `line ${checked.break.line}: ${checked.break.reason}` };
  let prev = checked.entries.at(-1)?.hash ?? GENESIS;
  let seq = checked.entries.length;
  const out: string[] = [];
  for (const { result, recordSha256, determinationsSha256 } of results) {
    seq += 1;
    const entry: LogEntry = seal({
      seq,
      record_id: result.id,
      record_sha256: recordSha256,
      criteria_sha256: run.criteria_sha256,
      context_sha256: run.context_sha256,
      determinations_sha256: determinationsSha256,
      as_of: result.as_of,
      judged_on: run.judged_on,
      decision: result.decision,
      result_sha256: resultDigest(result),
      engine: run.engine,
      prev,
    });
    out.push(JSON.stringify(entry));
    prev = entry.hash;
  }
  if (out.length) await appendFile(path, `${out.join('\n')}\n`);
  return { appended: out.length, head: prev, seq };
}

/** The file beside a log that holds its signed head. */
export function signaturePath(logPath: string): string {
  return `${logPath}.sig`;
}

/**
 * Signs the log's head (number of lines and last hash) with an Ed25519 private key (PEM), so a cut
 * tail or a rewritten chain shows: a chain alone cannot prove its newest lines are all there.
 */
export async function signHead(logPath: string, keyFile: string, seq: number, head: string): Promise<void> {
  const key = createPrivateKey(readFileSync(keyFile));
  const signature = sign(null, Buffer.from(headPayload(seq, head)), key).toString('base64');
  await writeFile(signaturePath(logPath), `${JSON.stringify({ seq, head, alg: 'ed25519', signature })}\n`);
}

/** Checks a signed head against the log's entries; a message when it does not hold. */
export function checkSignedHead(sigText: string, publicKeyFile: string, entries: readonly LogEntry[]): string | undefined {
  let signed: { seq: number; head: string; signature: string };
  try {
    signed = JSON.parse(sigText) as typeof signed;
  } catch {
    return 'the signature file is not JSON';
  }
  const key = createPublicKey(readFileSync(publicKeyFile));
  if (!verify(null, Buffer.from(headPayload(signed.seq, signed.head)), key, Buffer.from(signed.signature, 'base64'))) return 'the head signature does not verify with this key';
  const at = entries[signed.seq - 1];
  if (!at) return `the signed head covers ${signed.seq} lines but the log has ${entries.length}: lines were cut from its end`;
  if (at.hash !== signed.head) return `line ${signed.seq} does not have the signed head hash: the log was rewritten`;
  return undefined;
}
