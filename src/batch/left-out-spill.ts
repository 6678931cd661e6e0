import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { LeftOut } from '../reporting/index.js';
import { BufferedWriter } from './sinks.js';

/**
 * Keeps the records left out of an annual report in a temporary NDJSON file instead of in memory, so
 * that a register of any size is reported in flat memory; read back once per rendering, then removed.
 */
export class LeftOutSpill {
  private pending: LeftOut[] = [];

  private constructor(
    private readonly dir: string,
    private readonly stream: WriteStream,
    private readonly writer: BufferedWriter,
  ) {}

  /** Creates the spill in a fresh temporary folder. */
  static async create(): Promise<LeftOutSpill> {
    const dir = await mkdtemp(join(tmpdir(), 'atra-left-out-'));
    const stream = createWriteStream(join(dir, 'left-out.ndjson'));
    return new LeftOutSpill(dir, stream, new BufferedWriter(stream));
  }

  /** Takes an entry (synchronously, as the aggregator finds it); `drain` writes what was taken. */
  readonly add = (entry: LeftOut): void => {
    this.pending.push(entry);
  };

  /** Writes the entries taken so far, waiting if the file is slower than the input. */
  async drain(): Promise<void> {
    for (const entry of this.pending) await this.writer.write(`${JSON.stringify(entry)}\n`);
    this.pending = [];
  }

  /** Finishes writing; afterwards `entries` reads them back in the order they were found. */
  async close(): Promise<void> {
    await this.drain();
    await this.writer.flush();
    await new Promise<void>(resolve => this.stream.end(() => resolve()));
  }

  /** Reads the entries back, one at a time. */
  readonly entries = async function* (this: LeftOutSpill): AsyncGenerator<LeftOut> {
    const lines = createInterface({ input: createReadStream(join(this.dir, 'left-out.ndjson')), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as LeftOut;
  };

  /** Removes the temporary folder. */
  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
