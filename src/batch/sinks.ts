import type { Writable } from 'node:stream';
import type { ChalkInstance } from 'chalk';
import { htmlHead, htmlTail, jsonHead, jsonTail, markdownHead, markdownTail, renderTextTail } from '../report/index.js';
import type { RecordResult } from '../engine/index.js';
import type { BatchSink } from './batch.js';
import { CSV_SUMMARY_HEADER, csvErrorRow } from './batch-formats.js';

/** Collects many small writes into large ones, and waits when the stream asks it to (back-pressure). */
export class BufferedWriter {
  private parts: (string | Uint8Array)[] = [];
  private size = 0;
  /** Whether any part is bytes: then the parts are joined as bytes. */
  private bytes = false;
  constructor(private readonly stream: Writable, private readonly limit = 1 << 16) {}

  /** Text, or bytes already encoded as UTF-8 (a worker's output). */
  async write(text: string | Uint8Array): Promise<void> {
    if (typeof text !== 'string') this.bytes = true;
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.bytes ? Buffer.concat(this.parts.map(part => (typeof part === 'string' ? Buffer.from(part) : part))) : (this.parts as string[]).join('');
    this.parts = [];
    this.size = 0;
    this.bytes = false;
    if (this.stream.destroyed) throw this.stream.errored ?? new Error('the output stream was closed');
    if (this.stream.write(text)) return;
    // Waits for room, but also ends on an error (a full disk): 'drain' would never come.
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error): void => {
        this.stream.off('drain', onDrain);
        this.stream.off('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = (): void => done();
      const onClose = (): void => done(this.stream.errored ?? new Error('the output stream was closed'));
      this.stream.once('drain', onDrain);
      this.stream.once('close', onClose);
    });
  }
}

type Write = (text: string | Uint8Array) => Promise<void>;

/** The sink for each report format. `summary: false` drops NDJSON's closing summary line. */
export function sinkFor(
  format: 'json' | 'ndjson' | 'csv' | 'text' | 'markdown' | 'html',
  write: Write,
  chalk: ChalkInstance,
  options: { summary?: boolean } = {},
): BatchSink {
  const none = (): Promise<void> => Promise.resolve();
  switch (format) {
    case 'json':
      return {
        head: header => write(jsonHead(header)),
        result: async (item, first) => {
          if (!first) await write(',');
          await write(item.text);
        },
        error: none,
        tail: (header, errors, summary) => write(jsonTail(errors, summary, header.notice, summary.assessed > 0)),
      };
    case 'ndjson':
      return {
        head: none,
        result: item => write(item.text),
        error: error => write(`${JSON.stringify({ error })}\n`),
        tail: (_, __, summary) => (options.summary === false ? none() : write(`${JSON.stringify({ summary })}\n`)),
      };
    case 'csv':
      return { head: () => write(CSV_SUMMARY_HEADER), result: item => write(item.text), error: error => write(csvErrorRow(error)), tail: none };
    case 'text':
      return { head: none, result: item => write(item.text), error: none, tail: (header, errors, summary) => write(renderTextTail({ errors, disabled: header.disabled, summary, notice: header.notice }, chalk)) };
    case 'markdown':
      return { head: header => write(markdownHead(header)), result: item => write(item.text), error: none, tail: (header, errors) => write(markdownTail(header, errors)) };
    case 'html':
      return { head: header => write(htmlHead(header)), result: item => write(item.text), error: none, tail: (header, errors, summary) => write(htmlTail(header, errors, summary)) };
  }
}

/** A sink that keeps every result, for the library's whole-report API (the batch keeps the errors). */
export function collectingSink(results: RecordResult[]): BatchSink {
  const none = (): Promise<void> => Promise.resolve();
  return {
    head: none,
    result: item => {
      if (item.result) results.push(item.result);
      return none();
    },
    error: none,
    tail: none,
  };
}
