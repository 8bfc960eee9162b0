/**
 * `from` and `to`: the first and last day an answer was given, both inclusive, as days of the
 * collector's time zone. Results and exports filter the same way.
 */
import { z } from 'zod';

/**
 * Any four-digit year is an ISO date, but PostgreSQL has no year 0; no answer is older than
 * the Unix epoch anyway.
 */
const day = z.iso.date().refine((date) => date >= '1970-01-01', 'should be 1970-01-01 or later');

/** The fields, to spread into a query's schema beside its own. */
export const DAY_RANGE_FIELDS = { from: z.optional(day), to: z.optional(day) };

/** The refinement that goes with them: `.refine(...TO_NOT_BEFORE_FROM)`. */
export const TO_NOT_BEFORE_FROM: [
  (query: { from?: string | undefined; to?: string | undefined }) => boolean,
  { path: string[]; message: string },
] = [
  (query) => !query.from || !query.to || query.from <= query.to,
  { path: ['to'], message: 'should not be before from' },
];

/** SQL: `created_at` within the days given by the parameters named (null: no bound). */
export function createdWithin(from: string, to: string, timeZone: string): string {
  return `(${from}::date IS NULL OR created_at >= (${from}::date::timestamp AT TIME ZONE ${timeZone}::text))
    AND (${to}::date IS NULL OR created_at < ((${to}::date + 1)::timestamp AT TIME ZONE ${timeZone}::text))`;
}
