/**
 * The daily check of the law's clock (issue 20): one `report.overdue` webhook event per overdue
 * report and deadline per day, with no report content (id, unit, which deadline, its date). The
 * day's events are recorded in report_overdue_events in the statement that queues them, so a
 * second run the same day (another instance, a restart) queues none. Delivered, signed and
 * retried by the webhook outbox like answers (forwarding/webhook-forwarder.ts).
 */
import type { Queryable } from '../storage/database.js';
import { clockParams, DATED_CASES, type ClockSettings, type Deadline } from './report-clock.js';

export interface OverdueEvent {
  readonly event: 'report.overdue';
  readonly id: string;
  readonly unit: string | null;
  readonly deadline: Deadline;
  readonly dueAt: string;
}

export interface OverdueOptions extends ClockSettings {
  /** Whose day it is: one event per report and deadline per day in this time zone. */
  readonly timeZone: string;
  /** Where events go (PALAUTE_WEBHOOK_DEVIATION_REPORT); none are queued without one. */
  readonly webhookUrl: string | null;
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

// $1–$3: the clock (report-clock.ts); $4 the time zone; $5 the webhook URL or null.
const SEND = `
  WITH due AS (
    SELECT r.id, r.unit, 'acknowledgement' AS deadline, r.ack_due AS due_at FROM ${DATED_CASES} r
    WHERE r.status <> 'closed' AND r.acknowledged_at IS NULL AND r.ack_due <= $3::timestamptz
    UNION ALL
    SELECT r.id, r.unit, 'feedback', r.feedback_due FROM ${DATED_CASES} r
    WHERE r.status <> 'closed' AND NOT r.replied AND r.feedback_due <= $3::timestamptz
  ), recorded AS (
    INSERT INTO report_overdue_events (report_id, deadline, day)
    SELECT id, deadline, ($3::timestamptz AT TIME ZONE $4::text)::date FROM due
    ON CONFLICT DO NOTHING
    RETURNING report_id, deadline
  ), events AS (
    SELECT d.id, jsonb_build_object('event', 'report.overdue', 'id', d.id, 'unit', d.unit,
      'deadline', d.deadline, 'dueAt', to_char(d.due_at AT TIME ZONE 'UTC', ${ISO})) AS event
    FROM recorded JOIN due d ON d.id = recorded.report_id AND d.deadline = recorded.deadline
  ), queued AS (
    INSERT INTO webhook_outbox (answer_id, url, event_id, event)
    SELECT id, $5::text, gen_random_uuid(), event FROM events WHERE $5::text IS NOT NULL
  )
  SELECT event FROM events ORDER BY event ->> 'dueAt', event ->> 'id'`;

/** Queues today's events for reports overdue at `now`; the events queued (none twice a day). */
export async function sendOverdueEvents(
  db: Queryable,
  now: number,
  options: OverdueOptions,
): Promise<OverdueEvent[]> {
  const rows = await db.query<{ event: OverdueEvent }>(SEND, [
    ...clockParams(options, now),
    options.timeZone,
    options.webhookUrl,
  ]);
  return rows.map((row) => row.event);
}
