import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** A file read whole, with the hash every report carries. */
export interface SourceText {
  /** The name reports use: the path as given, or `<stdin>`. */
  readonly file: string;
  readonly text: string;
  readonly sha256: string;
}

/** The sha256 of a text, as lower-case hex. */
export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Reads a file, or standard input for `-`. Strips a UTF-8 byte-order mark. */
export async function readSource(path: string, stdin: () => Promise<string> = readStdin): Promise<SourceText> {
  const raw = path === '-' ? await stdin() : await readFile(path, 'utf8');
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return { file: path === '-' ? '<stdin>' : path, text, sha256: sha256(raw) };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
