import { z } from 'zod';
import { DAY_RANGE_FIELDS, TO_NOT_BEFORE_FROM } from '../day-range.js';
import { KINDS } from '../kinds.js';

export const EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuerySchema = z
  .strictObject({
    format: z.optional(z.enum(EXPORT_FORMATS)),
    kind: z.optional(z.enum(KINDS)),
    ...DAY_RANGE_FIELDS,
  })
  .refine(...TO_NOT_BEFORE_FROM);
export type ExportQuery = z.infer<typeof exportQuerySchema>;
