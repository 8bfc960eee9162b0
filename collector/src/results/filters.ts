/** The query of every results endpoint and stream, and the SQL that applies it. */
import {
  IDENTIFIER_MAX_LENGTH,
  isStorableText,
  RESPONDENT_ROLES,
  UNSTORABLE_TEXT_MESSAGE,
  type AnswerKind,
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

const FILTER_FIELDS = {
  unit: z.optional(identifier),
  service: z.optional(identifier),
  ...DAY_RANGE_FIELDS,
  bucket: z.optional(z.enum(BUCKETS)),
};

/** Every view's query and the stream's: strict, so a parameter no view knows is a 400. */
export const resultsFilterSchema = z.strictObject(FILTER_FIELDS).refine(...TO_NOT_BEFORE_FROM);

export type ResultsFilter = z.infer<typeof resultsFilterSchema>;

/**
 * The meeting view's query: the shared one and the respondent's role. Only this view has roles
 * to compare, so only its endpoint accepts `role`; the others still answer 400 to it.
 */
export const meetingFilterSchema = z
  .strictObject({ ...FILTER_FIELDS, role: z.optional(z.enum(RESPONDENT_ROLES)) })
  .refine(...TO_NOT_BEFORE_FROM);

export type MeetingFilter = z.infer<typeof meetingFilterSchema>;

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

export function filterParams(kind: AnswerKind, filter: ResultsFilter, timeZone: string): unknown[] {
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
