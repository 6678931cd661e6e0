import { z } from 'zod';
import { DECISIONS, STATUSES } from './vocab.js';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const FactSchema = z.strictObject({ fact: z.string(), value: z.unknown(), source: z.string() });

const FindingSchema = z.strictObject({
  criterion: z.string(),
  title: z.string(),
  basis: z.array(z.string()).min(1),
  article: z.string(),
  kind: z.string(),
  status: z.enum(STATUSES),
  level: z.string().optional(),
  residual_level: z.string().optional(),
  mitigations: z.array(z.string()).optional(),
  explanation: z.string(),
  evidence: z.array(FactSchema),
  missing: z.array(z.string()).optional(),
  task: z.string().optional(),
  conditions: z.array(z.string()).optional(),
  factors: z.array(z.string()).optional(),
});

/** The JSON report (contract §4 and what atra adds), for `atra schema report` and consumers. */
export const ReportSchema = z.strictObject({
  tool: z.strictObject({ name: z.literal('atra'), version: z.string() }),
  assessed_at: z.string(),
  criteria_set: z.strictObject({ id: z.string(), version: z.string(), title: z.string() }),
  policy: z.strictObject({ id: z.string(), version: z.string() }),
  criteria: z.array(z.strictObject({ id: z.string(), version: z.string(), sha256: Sha256, file: z.string(), kind: z.string() })),
  disabled: z.array(z.strictObject({ id: z.string(), reason: z.string() })),
  context: z.array(z.strictObject({ file: z.string(), as_of: z.string(), sha256: Sha256 })),
  inputs: z.array(z.strictObject({ file: z.string(), sha256: Sha256 })),
  results: z.array(
    z.strictObject({
      id: z.string(),
      source: z.string(),
      decision: z.enum(DECISIONS),
      decided_by: z.array(z.string()),
      findings: z.array(FindingSchema),
      tasks: z.array(z.string()),
      conditions: z.array(z.string()),
      as_of: z.string(),
    }),
  ),
  errors: z.array(
    z.strictObject({
      source: z.string(),
      id: z.string().optional(),
      message: z.string(),
      // The same problems as fields, as `atra lint --format json` gives them.
      problems: z
        .array(
          z.strictObject({
            code: z.string(),
            severity: z.enum(['error', 'warning']),
            message: z.string(),
            hint: z.string().optional(),
            path: z.string().optional(),
            location: z.strictObject({ file: z.string(), line: z.number().int(), column: z.number().int().optional() }).optional(),
          }),
        )
        .optional(),
    }),
  ),
  summary: z.strictObject({
    records: z.number().int(),
    assessed: z.number().int(),
    errors: z.number().int(),
    decisions: z.strictObject(Object.fromEntries(DECISIONS.map(d => [d, z.number().int()])) as Record<(typeof DECISIONS)[number], z.ZodNumber>),
  }),
  notice: z.string(),
});
