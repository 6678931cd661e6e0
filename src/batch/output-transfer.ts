import type { OutputItem } from './units.js';

/**
 * A unit's output as a worker posts it: the items without their text, and all their texts encoded
 * once, in the worker, into one buffer that is transferred rather than copied. The main thread then
 * writes each result's bytes as they are: it neither copies 500 strings out of a message nor encodes
 * them again on the way to the file, which was most of its work per record, and the bytes live
 * outside its heap.
 */
export interface PackedOutput {
  readonly items: readonly OutputItem[];
  /** The UTF-8 length of each item's text, in item order (0 for an error). */
  readonly lengths: Uint32Array;
  readonly bytes: Uint8Array;
}

const encoder = new TextEncoder();

/** Packs a unit's output for posting; `transfer` is the list to hand to `postMessage`. */
export function packOutput(items: readonly OutputItem[]): { packed: PackedOutput; transfer: ArrayBuffer[] } {
  const lengths = new Uint32Array(items.length);
  const texts: string[] = [];
  const bare = items.map((item, i) => {
    if (item.kind !== 'result' || typeof item.text !== 'string') return item;
    lengths[i] = Buffer.byteLength(item.text, 'utf8');
    texts.push(item.text);
    return { ...item, text: '' };
  });
  // Encoded one by one into a buffer of the exact size: each slice is its own text's bytes (a join
  // could fuse half surrogate pairs across two texts), and no joined copy is made.
  const bytes = new Uint8Array(lengths.reduce((sum, length) => sum + length, 0));
  let at = 0;
  for (const text of texts) at += encoder.encodeInto(text, bytes.subarray(at)).written;
  return { packed: { items: bare, lengths, bytes }, transfer: [bytes.buffer, lengths.buffer] };
}

/** The items of a packed unit, each result's text a view of the shared buffer (no copy). */
export function unpackOutput(packed: PackedOutput): OutputItem[] {
  let offset = 0;
  return packed.items.map((item, i) => {
    const length = packed.lengths[i] ?? 0;
    if (item.kind !== 'result' || length === 0) return item;
    const text = packed.bytes.subarray(offset, offset + length);
    offset += length;
    return { ...item, text };
  });
}
