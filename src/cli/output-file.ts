import { createWriteStream, rmSync, statSync, type Stats, type WriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from './errors.js';
import { fileErrorText } from '../loader/index.js';

/** A report being written to `--output`: a stream, then `commit` to put it in place or `abort`. */
export interface OutputFile {
  readonly stream: Writable;
  /** Ends the stream and renames the finished file over the target. */
  commit(): Promise<void>;
  /** Ends the stream and removes what was written; the target keeps its previous content. */
  abort(): Promise<void>;
}

/**
 * Opens `path` for a report. A regular file is written to a temporary file beside it and renamed into
 * place only when the report is complete, so an interrupted run or a full disk leaves the previous
 * report whole. Writing onto any of `inputs` (the same path, a symbolic link to it, or a hard link:
 * the same device and inode) is refused, and so is a missing or unwritable folder: usage errors that
 * name the path. A device or pipe (`/dev/stdout`) is written directly.
 */
export async function openOutput(path: string, inputs: readonly string[]): Promise<OutputFile> {
  const target = resolve(path);
  const existing = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new UsageError(`cannot write ${path}: ${fileErrorText(error)}`, 'choose another --output path');
  });
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder`, 'give --output a file name');
  if (existing) refuseInputs(path, existing, inputs);
  if (existing && !existing.isFile()) return direct(path, createWriteStream(target, { flags: 'a' }));
  const folder = await stat(dirname(target)).catch(() => undefined);
  if (!folder?.isDirectory()) throw new UsageError(`cannot write ${path}: the folder ${dirname(path)} does not exist`, 'create the folder first, or choose another --output path');
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const stream = createWriteStream(temporary, { flags: 'wx', mode: existing ? existing.mode & 0o777 : 0o666 });
  const failure = watch(stream);
  await new Promise<void>(resolveOpen => {
    stream.once('open', () => resolveOpen());
    stream.once('error', () => resolveOpen());
  });
  if (failure.error) throw new UsageError(`cannot write ${path}: ${fileErrorText(failure.error)}`, 'choose a folder you can write to');
  // An interrupt (Ctrl-C) removes the half-written file; the previous report was never touched.
  const onSignal = (signal: NodeJS.Signals): void => {
    rmSync(temporary, { force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const release = (): void => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
  return {
    stream,
    commit: async () => {
      try {
        await finish(stream, failure);
        await rename(temporary, target);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw new UsageError(`cannot write ${path}: ${fileErrorText(error)}`, 'free some space or choose another --output path; the previous file is unchanged');
      } finally {
        release();
      }
    },
    abort: async () => {
      release();
      stream.destroy();
      await unlink(temporary).catch(() => undefined);
    },
  };
}

/** Refuses a target that is one of the inputs, however it is named. */
function refuseInputs(path: string, target: Stats, inputs: readonly string[]): void {
  for (const input of inputs) {
    let info: Stats;
    try {
      info = statSync(input);
    } catch {
      continue;
    }
    if (info.dev === target.dev && info.ino === target.ino) {
      throw new UsageError(`refusing to write the report onto an input: ${path} is ${input}`, 'choose another --output path');
    }
  }
}

function direct(path: string, stream: WriteStream): OutputFile {
  const failure = watch(stream);
  return {
    stream,
    commit: async () => {
      try {
        await finish(stream, failure);
      } catch (error) {
        throw new UsageError(`cannot write ${path}: ${fileErrorText(error)}`, 'choose another --output path');
      }
    },
    abort: async () => {
      stream.destroy();
      return Promise.resolve();
    },
  };
}

/** Keeps the first error of a stream, so none is left unhandled. */
function watch(stream: Writable): { error?: Error } {
  const failure: { error?: Error } = {};
  stream.on('error', error => {
    failure.error ??= error;
  });
  return failure;
}

function finish(stream: Writable, failure: { error?: Error }): Promise<void> {
  return new Promise((resolveEnd, reject) => {
    if (failure.error || stream.destroyed) {
      reject(failure.error ?? new Error('the output stream was closed'));
      return;
    }
    // 'close' comes after the last byte is written and the file is closed, or after an error.
    stream.once('close', () => (failure.error ? reject(failure.error) : resolveEnd()));
    stream.end();
  });
}
