/**
 * What each rule measures for one unit (or unit and service), over *published* answers only
 * (results/suppression.ts: whole batches of at least the minimum group per received week), so an
 * alert never turns on one answer: a crossing can only happen when a batch completes. Null when
 * fewer answers than the rule or the minimum group need stand behind the numbers.
 */
import type { AnswerKind } from 'palaute/schema';
import { npsNumbers } from '../results/nps.js';
import { BATCH, PUBLISHED } from '../results/suppression.js';
import type { Queryable } from '../storage/database.js';
import type { AlertRule } from './alert-rules.js';

/** What a crossing is decided on and what an alert carries: counts and scores, never an answer. */
export type AlertNumbers = Readonly<Record<string, number | string>>;

export interface Measured {
  /** Whether the rule's line is crossed. */
  readonly crossed: boolean;
  readonly numbers: AlertNumbers;
}

export interface Scope {
  readonly unit: string;
  /** Null: all the unit's services together. */
  readonly service: string | null;
}

interface Settings {
  readonly timeZone: string;
  readonly minGroup: number;
}

/**
 * PUBLISHED's parameters ($1 kind, $2 unit, $3 service, $4 $5 no date range, $6 time zone,
 * $8 minimum group); $7 and $9 are each query's own.
 */
const params = (kind: AnswerKind, scope: Scope, settings: Settings, seventh: unknown, ninth?: unknown) => [
  kind,
  scope.unit,
  scope.service,
  null,
  null,
  settings.timeZone,
  seventh,
  settings.minGroup,
  ...(ninth === undefined ? [] : [ninth]),
];

const SCORE = `(envelope #>> '{data,score}')::int`;
const COUNTS = `count(*)::int AS n,
  count(*) FILTER (WHERE score >= 9)::int AS promoters,
  count(*) FILTER (WHERE score BETWEEN 7 AND 8)::int AS passives,
  count(*) FILTER (WHERE score <= 6)::int AS detractors`;

interface Counts {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
}

// $7: how many of the last answers, taken as whole batches: the unit's batches newest first (by
// each batch's last answer, as received) until they hold at least $7 answers. Batches of
// different services interleave, so the last $7 answers can hold part of one batch, and two
// windows would then differ by fewer answers than the minimum group.
const LAST_ANSWERS = `
  WITH shown AS (
    SELECT ${SCORE} AS score, max(seq) OVER (PARTITION BY ${BATCH}) AS batch_last
    FROM ${PUBLISHED} WHERE shown
  ),
  batches AS (SELECT batch_last, count(*) AS n FROM shown GROUP BY batch_last),
  newest AS (
    SELECT batch_last FROM (
      SELECT batch_last, sum(n) OVER (ORDER BY batch_last DESC) - n AS newer FROM batches
    ) AS running
    WHERE newer < $7::int
  )
  SELECT ${COUNTS} FROM shown WHERE batch_last IN (SELECT batch_last FROM newest)`;

// $7: week or month. A week belongs to the month of its Thursday, as in results (filters.ts).
const PERIOD_OF = (week: string) =>
  `CASE WHEN $7::text = 'month' THEN date_trunc('month', ${week} + interval '3 days') ELSE ${week} END`;
const THIS_WEEK = `date_trunc('week', now() AT TIME ZONE $6::text)`;
const TWO_PERIODS = `
  WITH current AS (SELECT ${PERIOD_OF(THIS_WEEK)} AS period),
  scored AS (
    SELECT ${PERIOD_OF('week')} AS period, ${SCORE} AS score FROM ${PUBLISHED} WHERE shown
  )
  SELECT scored.period = current.period AS is_current, ${COUNTS}
  FROM scored, current
  WHERE scored.period = current.period
    OR scored.period = current.period - CASE WHEN $7::text = 'month' THEN interval '1 month' ELSE interval '1 week' END
  GROUP BY 1`;

// $7 the question, $9 the survey. Faces only: "I don't want to answer" is no face.
const FACES_THIS_WEEK = `
  SELECT count(*)::int AS n, count(*) FILTER (WHERE (answer ->> 'value')::int = 1)::int AS most_negative
  FROM ${PUBLISHED} CROSS JOIN LATERAL jsonb_array_elements(envelope #> '{data,answers}') AS answer
  WHERE shown AND week = ${THIS_WEEK}
    AND envelope #>> '{data,surveyId}' = $9::text
    AND answer ->> 'questionId' = $7::text AND answer ->> 'value' IS NOT NULL`;

const round1 = (value: number) => Math.round(value * 10) / 10;
const npsOf = (counts: Counts) => npsNumbers(counts.promoters, counts.passives, counts.detractors).nps;

export async function measure(
  db: Queryable,
  rule: AlertRule,
  scope: Scope,
  settings: Settings,
): Promise<Measured | null> {
  switch (rule.kind) {
    case 'nps-below': {
      const [counts] = await db.query<Counts>(LAST_ANSWERS, params('nps', scope, settings, rule.lastAnswers));
      // Only a full window (n is whole batches, so it can be up to minGroup − 1 more than
      // lastAnswers); the config keeps lastAnswers at or above the minimum group.
      if (!counts || counts.n < rule.lastAnswers) return null;
      const nps = npsOf(counts);
      return { crossed: nps < rule.below, numbers: { n: counts.n, nps, below: rule.below } };
    }
    case 'nps-drop': {
      const rows = await db.query<Counts & { is_current: boolean }>(
        TWO_PERIODS,
        params('nps', scope, settings, rule.period),
      );
      const current = rows.find((row) => row.is_current);
      const previous = rows.find((row) => !row.is_current);
      if (!current || !previous || current.n < settings.minGroup || previous.n < settings.minGroup)
        return null;
      const nps = npsOf(current);
      const previousNps = npsOf(previous);
      const drop = round1(previousNps - nps);
      return {
        crossed: drop >= rule.drop,
        numbers: {
          period: rule.period,
          n: current.n,
          nps,
          previousN: previous.n,
          previousNps,
          drop,
          dropAtLeast: rule.drop,
        },
      };
    }
    case 'negative-face-share': {
      const [faces] = await db.query<{ n: number; most_negative: number }>(
        FACES_THIS_WEEK,
        params('emoji-survey', scope, settings, rule.questionId, rule.surveyId),
      );
      if (!faces || faces.n < settings.minGroup) return null;
      const share = round1((100 * faces.most_negative) / faces.n);
      return {
        crossed: share > rule.above,
        numbers: {
          surveyId: rule.surveyId,
          questionId: rule.questionId,
          n: faces.n,
          mostNegative: faces.most_negative,
          share,
          above: rule.above,
        },
      };
    }
  }
}
