/** The query of every results endpoint and stream, and the SQL that applies it. */
import {
  IDENTIFIER_MAX_LENGTH,
  isStorableText,
  UNSTORABLE_TEXT_MESSAGE,
  type EnvelopeKind,
} from 'palaute/schema';
import { z } from 'zod';
import { createdWithin, DAY_RANGE_FIELDS, TO_NOT_BEFORE_FROM } from '../day-range.js';

export const BUCKETS = ['day', 'week', 'month'] as const;

// The same rule as the envelope's: text PostgreSQL cannot take is a 400 here, not a 500 there.
const identifier = z
  .string()
  .min(1)
  .max(IDENTIFIER_MAX_LENGTH)
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

export const resultsFilterSchema = z
  .strictObject({
    unit: z.optional(identifier),
    service: z.optional(identifier),
    ...DAY_RANGE_FIELDS,
    bucket: z.optional(z.enum(BUCKETS)),
  })
  .refine(...TO_NOT_BEFORE_FROM);

export type ResultsFilter = z.infer<typeof resultsFilterSchema>;

/**
 * Rows of one kind that match the filter, and the group they fall in. Parameters $1…$7 are
 * taken by `filterParams`; days and weeks are those of the configured time zone.
 */
export const FILTERED = `
  FROM answers
  WHERE kind = $1
    AND ($2::text IS NULL OR unit = $2)
    AND ($3::text IS NULL OR service = $3)
    AND ${createdWithin('$4', '$5', '$6')}`;

export const BUCKET_COLUMN = `
  CASE WHEN $7::text IS NULL THEN NULL
    ELSE to_char(date_trunc($7::text, created_at AT TIME ZONE $6::text), 'YYYY-MM-DD') END AS bucket`;

export function filterParams(kind: EnvelopeKind, filter: ResultsFilter, timeZone: string): unknown[] {
  return [
    kind,
    filter.unit ?? null,
    filter.service ?? null,
    filter.from ?? null,
    filter.to ?? null,
    timeZone,
    filter.bucket ?? null,
  ];
}

/** Where the rows of a group came from: unit, service, and the first day of its bucket. */
export interface GroupKey {
  readonly unit: string | null;
  readonly service: string | null;
  readonly bucket?: string;
}

export function groupKey(row: {
  unit: string | null;
  service: string | null;
  bucket: string | null;
}): GroupKey {
  return row.bucket === null
    ? { unit: row.unit, service: row.service }
    : { unit: row.unit, service: row.service, bucket: row.bucket };
}
