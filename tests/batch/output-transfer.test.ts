import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packOutput, unpackOutput } from '../../src/batch/output-transfer.js';
import type { OutputItem } from '../../src/batch/units.js';

const result = (id: string, text: string): OutputItem => ({ kind: 'result', id, source: `in.ndjson:${id}`, decision: 'review', text });
const error = (id: string): OutputItem => ({ kind: 'error', error: { source: `in.ndjson:${id}`, id, message: `record ${id} is not valid` } });
const textOf = (item: OutputItem): string | undefined => (item.kind === 'result' ? (typeof item.text === 'string' ? item.text : Buffer.from(item.text).toString('utf8')) : undefined);

describe('a worker unit packed into one transferred buffer', () => {
  it('gives back every item in order, each result with its own bytes, errors untouched', () => {
    const items = [result('A', '{"id":"A","name":"Müller & Söhne"}\n'), error('B'), result('C', ''), result('D', '{"name":"北京 🙂"}\n')];
    const { packed, transfer } = packOutput(items);
    expect(transfer).toEqual([packed.bytes.buffer, packed.lengths.buffer]);
    const back = unpackOutput(packed);
    expect(back.map(item => item.kind)).toEqual(['result', 'error', 'result', 'result']);
    expect(back.map(textOf)).toEqual(items.map(textOf));
    expect(back[1]).toEqual(items[1]);
    expect(packed.bytes.length).toBe(Buffer.byteLength(items.map(textOf).join(''), 'utf8'));
  });

  it('keeps each text whole when one ends in half a surrogate pair and the next starts with the other half', () => {
    const items = [result('A', 'x\ud83d'), result('B', '\ude42y')];
    const back = unpackOutput(packOutput(items).packed);
    expect(back.map(textOf)).toEqual(items.map(item => Buffer.from(textOf(item) ?? '', 'utf8').toString('utf8')));
    expect(back.map(item => (item.kind === 'result' ? item.text.length : 0))).toEqual([4, 4]);
  });

  it('survives a real transfer between threads (structured clone with a transfer list)', async () => {
    const { packed, transfer } = packOutput([result('A', 'één\n'), result('B', 'two\n')]);
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<typeof packed>(resolve => port2.once('message', resolve));
    port1.postMessage(packed, transfer);
    const back = unpackOutput(await received);
    port1.close();
    port2.close();
    expect(back.map(textOf)).toEqual(['één\n', 'two\n']);
    // The sender's buffer was moved, not copied.
    expect(packed.bytes.byteLength).toBe(0);
  });

  it('round-trips any texts, whatever their characters', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }).map(text => result('r', text)), fc.constant(error('e'))), { maxLength: 20 }), items => {
        expect(unpackOutput(packOutput(items).packed).map(textOf)).toEqual(items.map(textOf));
      }),
    );
  });
});
