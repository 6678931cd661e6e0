import { z } from 'zod';
import { TextSchema } from '../schema/schemas.js';

/**
 * The authority's own settings for its annual report, kept in a YAML or JSON file: national
 * definitions (the template's Annex 2) and whether data was withheld under ATT 13(3).
 */
export const NationalDefinitionsSchema = z.strictObject({
  /** The reporting state's name as it appears on the title page. */
  state_name: TextSchema.optional(),
  /** The national point of contact or authority that compiled the report. */
  compiled_by: TextSchema.optional(),
  /** Annex 2: what the state means by export, import, authorized, actual and any other term. */
  definitions: z.array(z.strictObject({ term: TextSchema, definition: TextSchema })).default([]),
  /** ATT 13(3): commercially sensitive or national-security information withheld from the report. */
  withheld: z
    .strictObject({
      commercially_sensitive: z.boolean().default(false),
      national_security: z.boolean().default(false),
      note: TextSchema.optional(),
    })
    .optional(),
});

/** A validated national-definitions file. */
export type NationalDefinitions = z.infer<typeof NationalDefinitionsSchema>;
