/**
 * Small groups are shown without numbers: with two answers from one office, a staff member could
 * tell who said what. The threshold is the operator's, never below MIN_GROUP_FLOOR.
 *
 * Hiding a small group is not enough when its numbers can be had by subtraction: two date ranges,
 * a day against its week, one answer more on the live stream. So every results view counts only
 * *published answers*, chosen here once for all views:
 *
 * - Answers count in the week (of PALAUTE_TIME_ZONE, from Monday) in which the collector
 *   *received* them, not in the one their `createdAt` names: a week that has ended can take no
 *   more answers, so nobody can pad it with answers of their own dated back into it.
 * - Each cell of unit × service × received week (× survey, × respondent role: whatever else a
 *   view splits its answers by) shows only its first `minGroup`, 2 × `minGroup`, … answers in the
 *   order received; up to `minGroup − 1` of them wait for the next batch and, once the week is
 *   over, are never shown.
 *
 * Every number a view publishes is then a sum over whole batches of at least `minGroup` answers,
 * so no difference of published numbers (ranges, buckets, filters, one stream event and the
 * next) can stand on fewer answers than that. `from` and `to` are widened to whole weeks, and
 * `month` buckets are whole weeks too (a week belongs to the month of its Thursday, as ISO weeks
 * belong to years); day buckets are refused (filters.ts).
 */
import type { AnswerKind } from 'palaute/schema';

export interface Suppressed {
  readonly suppressed: true;
  readonly reason: 'too few answers';
}

export const SUPPRESSED: Suppressed = { suppressed: true, reason: 'too few answers' };

/** The numbers when at least `minGroup` answers stand behind them, otherwise only the fact. */
export function unlessTooFew<T extends object>(
  n: number,
  minGroup: number,
  numbers: () => T,
): T | Suppressed {
  return n < minGroup ? SUPPRESSED : numbers();
}

/**
 * What each kind's view splits a unit's answers by, besides unit, service and time: the
 * emoji survey per survey, the meeting survey per respondent role (its `role` filter). Each
 * such part is batched on its own, so a filter or a group that picks one part also shows only
 * whole batches. Typed by kind: a new kind has to say.
 */
const SPLIT_BY: { readonly [K in AnswerKind]: string | null } = {
  nps: null,
  'emoji-survey': `envelope #>> '{data,surveyId}'`,
  'deviation-report': null,
  meeting: `envelope #>> '{data,role}'`,
};

const SPLIT = `CASE kind ${Object.entries(SPLIT_BY)
  .filter(([, expression]) => expression)
  .map(([kind, expression]) => `WHEN '${kind}' THEN ${expression}`)
  .join(' ')} END`;

const WEEK = `date_trunc('week', received_at AT TIME ZONE $6::text)`;
const CELL = `unit, service, ${WEEK}, ${SPLIT}`;

/**
 * Which batch a shown answer of PUBLISHED is in: its cell and its place's multiple of the
 * minimum group. For a query that must take whole batches, not the last so many answers.
 */
export const BATCH = `${CELL}, (place - 1) / $8::int`;

/**
 * The answers of one kind that match the filter, each with its received `week` (a timestamp,
 * Monday 00:00) and `shown`: whether it is in a whole batch. Used as `FROM ${PUBLISHED}`;
 * parameters as in filters.ts ($1 kind, $2 unit, $3 service, $4 from, $5 to, $6 time zone,
 * $8 minimum group); from and to are already whole weeks.
 */
export const PUBLISHED = `(
  SELECT *, place <= cell_n - cell_n % $8::int AS shown
  FROM (
    SELECT answers.*, ${WEEK} AS week,
      row_number() OVER (PARTITION BY ${CELL} ORDER BY seq) AS place,
      count(*) OVER (PARTITION BY ${CELL}) AS cell_n
    FROM answers
    WHERE kind = $1
      AND ($2::text IS NULL OR unit = $2)
      AND ($3::text IS NULL OR service = $3)
      AND ($4::date IS NULL OR received_at >= ($4::date::timestamp AT TIME ZONE $6::text))
      AND ($5::date IS NULL OR received_at < (($5::date + 1)::timestamp AT TIME ZONE $6::text))
  ) AS numbered
) AS answers`;
