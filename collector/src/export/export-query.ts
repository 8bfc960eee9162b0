import { z } from 'zod';
import { KINDS } from '../kinds.js';

export const EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuerySchema = z
  .strictObject({
    format: z.optional(z.enum(EXPORT_FORMATS)),
    kind: z.optional(z.enum(KINDS)),
    /** First and last day the answers were given, inclusive, in the collector's time zone. */
    from: z.optional(z.iso.date()),
    to: z.optional(z.iso.date()),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['to'],
    message: 'should not be before from',
  });
export type ExportQuery = z.infer<typeof exportQuerySchema>;
