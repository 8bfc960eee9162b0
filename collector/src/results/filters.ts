/** The query of every results endpoint and stream, and the SQL that applies it. */
import {
  IDENTIFIER_MAX_LENGTH,
  isStorableText,
  RESPONDENT_ROLES,
  UNSTORABLE_TEXT_MESSAGE,
  type AnswerKind,
} from 'palaute/schema';
import { z } from 'zod';
import { DAY_RANGE_FIELDS, TO_NOT_BEFORE_FROM } from '../day-range.js';
import { PUBLISHED } from './suppression.js';

/**
 * Whole weeks only (suppression.ts): a day against its week would show the other six days. A
 * `day` bucket is refused with a problem that says so, not as an unknown value.
 */
export const BUCKETS = ['week', 'month'] as const;
const bucket = z
  .string()
  .refine(
    (value) => value !== 'day',
    'day buckets are not published: small groups could be told apart by subtraction; use week or month',
  )
  .pipe(z.enum(BUCKETS));

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
  bucket: z.optional(bucket),
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
 * The published answers of one kind that match the filter, and the group they fall in
 * (suppression.ts). Each row has `shown`: views count only those. Parameters $1…$8 are taken by
 * `filterParams`; weeks are those of the configured time zone.
 */
export const FILTERED = `
  FROM ${PUBLISHED}
  WHERE true`;

/** A week belongs to the month of its Thursday, so that months are whole weeks too. */
export const BUCKET_COLUMN = `
  CASE WHEN $7::text IS NULL THEN NULL
    ELSE to_char(CASE WHEN $7::text = 'month' THEN date_trunc('month', week + interval '3 days') ELSE week END,
      'YYYY-MM-DD') END AS bucket`;

export function filterParams(
  kind: AnswerKind,
  filter: ResultsFilter,
  timeZone: string,
  minGroup: number,
): unknown[] {
  return [
    kind,
    filter.unit ?? null,
    filter.service ?? null,
    filter.from ?? null,
    filter.to ?? null,
    timeZone,
    filter.bucket ?? null,
    minGroup,
  ];
}

const DAY_MS = 86_400_000;
const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** Days since Monday: getUTCDay counts from Sunday. */
const sinceMonday = (date: Date) => (date.getUTCDay() + 6) % 7;

/**
 * `from` back to its Monday and `to` on to its Sunday: results are published in whole weeks,
 * and the document says which were counted.
 */
export function wholeWeeks<F extends ResultsFilter>(filter: F): F {
  const widened = { ...filter };
  if (filter.from) {
    const from = dayOf(filter.from);
    widened.from = isoDay(new Date(from.getTime() - sinceMonday(from) * DAY_MS));
  }
  if (filter.to) {
    const to = dayOf(filter.to);
    widened.to = isoDay(new Date(to.getTime() + (6 - sinceMonday(to)) * DAY_MS));
  }
  return widened;
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
