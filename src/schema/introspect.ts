import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

/** Strips optional, default, nullable, lazy and pipe wrappers. */
export function unwrap(node: AnySchema | undefined): AnySchema | undefined {
  let current = node;
  for (let depth = 0; current && depth < 10; depth++) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    switch (current._zod.def.type) {
      case 'optional':
      case 'default':
      case 'nullable':
      case 'readonly':
        current = def.innerType as AnySchema;
        break;
      case 'lazy':
        current = (def.getter as () => AnySchema)();
        break;
      case 'pipe':
        current = def.in as AnySchema;
        break;
      default:
        return current;
    }
  }
  return current;
}

/** The keys of an object schema; none for anything else. */
export function objectShapeKeys(node: AnySchema): string[] {
  if (node._zod.def.type !== 'object') return [];
  return Object.keys((node._zod.def as unknown as { shape: Record<string, unknown> }).shape);
}


/** The schema of a key of an object schema, unwrapped. */
export function shapeChild(node: AnySchema, key: string): AnySchema | undefined {
  if (node._zod.def.type !== 'object') return undefined;
  return unwrap((node._zod.def as unknown as { shape: Record<string, AnySchema> }).shape[key]);
}

/** The element schema of an array schema, unwrapped. */
export function arrayElement(node: AnySchema | undefined): AnySchema | undefined {
  if (!node || node._zod.def.type !== 'array') return undefined;
  return unwrap((node._zod.def as unknown as { element: AnySchema }).element);
}
