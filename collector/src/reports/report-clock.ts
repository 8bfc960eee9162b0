/**
 * The law's clock on a deviation report (issue 20; EU directive 2019/1937 art. 9): acknowledged
 * within PALAUTE_REPORT_ACK_DAYS of its receipt, feedback within PALAUTE_REPORT_FEEDBACK_DAYS of
 * the acknowledgement (or of the acknowledgement's due date when none was sent). Counted from
 * received_at, the collector's clock: a page's createdAt may be days old or wrong. The dates are
 * computed, not stored, so the settings apply to every report.
 *
 * Overdue (the current state, not history): acknowledgement when none has been sent and the
 * report is past its acknowledgement date; feedback when no reply has been sent and it is past
 * its feedback date. A closed report is never overdue: its case is handled.
 */
import type { Queryable } from '../storage/database.js';

export const DEADLINES = ['acknowledgement', 'feedback'] as const;
export type Deadline = (typeof DEADLINES)[number];

export interface ClockSettings {
  readonly reportAckDays: number;
  readonly reportFeedbackDays: number;
}

/** Fields every report gains. */
export interface ReportDates {
  readonly acknowledgedAt: Date | null;
  readonly acknowledgementDue: Date;
  readonly feedbackDue: Date;
  readonly overdue: Deadline | null;
}

/**
 * Every report case with its dates: a subquery to select from. Takes $1 (acknowledgement days),
 * $2 (feedback days) and $3 (now); the caller's own parameters start at $4. Columns: those of
 * report_cases and answers the callers need, plus ack_due, feedback_due, replied, next_due (the
 * date the case waits on, null when it waits on none), overdue and rank (0 overdue, 1 due later,
 * 2 nothing due).
 */
export const DATED_CASES = `(
  SELECT d.*,
    CASE WHEN d.next_due <= $3::timestamptz
      THEN CASE WHEN d.acknowledged_at IS NULL THEN 'acknowledgement' ELSE 'feedback' END END AS overdue,
    CASE WHEN d.next_due IS NULL THEN 2 WHEN d.next_due <= $3::timestamptz THEN 0 ELSE 1 END AS rank
  FROM (
    SELECT f.*,
      CASE WHEN f.status = 'closed' THEN NULL
        WHEN f.acknowledged_at IS NULL THEN f.ack_due
        WHEN NOT f.replied THEN f.feedback_due END AS next_due
    FROM (
      SELECT a.id, a.seq, a.created_at, a.received_at, a.unit, a.service, a.locale, a.envelope,
        c.status, c.note, c.updated_at, c.contact_erased_at, c.acknowledged_at, c.closed_at,
        a.received_at + $1::double precision * interval '1 day' AS ack_due,
        COALESCE(c.acknowledged_at, a.received_at + $1::double precision * interval '1 day')
          + $2::double precision * interval '1 day' AS feedback_due,
        EXISTS (SELECT 1 FROM report_messages m WHERE m.report_id = a.id AND m.type = 'reply') AS replied
      FROM report_cases c JOIN (SELECT *, envelope ->> 'locale' AS locale FROM answers) a ON a.id = c.answer_id
    ) f
  ) d
)`;

export const clockParams = (settings: ClockSettings, now: number) => [
  settings.reportAckDays,
  settings.reportFeedbackDays,
  new Date(now).toISOString(),
];

/** The dates as the API gives them, from a DATED_CASES row. */
export const DATE_COLUMNS = `acknowledged_at AS "acknowledgedAt", ack_due AS "acknowledgementDue",
  feedback_due AS "feedbackDue", overdue`;

export async function datesOf(
  db: Queryable,
  settings: ClockSettings,
  now: number,
  id: string,
): Promise<ReportDates | undefined> {
  const [dates] = await db.query<ReportDates>(
    `SELECT ${DATE_COLUMNS} FROM ${DATED_CASES} r WHERE r.id = $4`,
    [...clockParams(settings, now), id],
  );
  return dates;
}
