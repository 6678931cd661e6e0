import type { z } from 'zod';
import { TransferRecordSchema } from './record.js';
import { arrayElement, objectShapeKeys, shapeChild, unwrap } from './introspect.js';
import type { RecordShape, ShapeNode } from './field-paths.js';

/**
 * The record schema's shape, read from the zod schema itself: every object key, array element and
 * enum. `record-shape.ts` holds this table generated at build time (`npm run gen:record-shape`), so
 * that compiling criteria and mapping CSV headers do not need zod; a test checks the two agree.
 */
export function deriveRecordShape(schema: z.core.$ZodType = TransferRecordSchema): RecordShape {
  const shape: Record<string, ShapeNode> = {};
  const visit = (node: z.core.$ZodType | undefined, path: string): void => {
    if (!node) return;
    const def = node._zod.def as unknown as { type: string; entries?: Record<string, string> };
    shape[path] = def.type === 'enum' && def.entries ? { type: 'enum', values: Object.values(def.entries) } : { type: def.type };
    for (const key of objectShapeKeys(node)) visit(shapeChild(node, key), path ? `${path}.${key}` : key);
    if (def.type === 'array') visit(arrayElement(node), `${path}[]`);
  };
  visit(unwrap(schema), '');
  return shape;
}
