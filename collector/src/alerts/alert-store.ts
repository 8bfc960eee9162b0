/**
 * Alerts in the database: a crossing fires one (and queues its alert.fired event), a recovery
 * clears it (alert.cleared); both are one statement whose RETURNING says whether this call made
 * the change. The unique index alerts_one_firing (migration 005) lets at most one alert per rule,
 * unit and service be firing, so two collectors seeing one crossing fire once.
 */
import type { Queryable } from '../storage/database.js';
import type { AlertNumbers } from './alert-measures.js';
import type { AlertRule } from './alert-rules.js';

/** An alert as GET /v1/alerts lists it and the dashboard shows it. */
export interface Alert {
  readonly id: string;
  readonly rule: string;
  readonly kind: AlertRule['kind'];
  readonly unit: string;
  readonly service: string | null;
  readonly numbers: AlertNumbers;
  readonly firedAt: string;
  /** When the condition cleared; null while it holds. */
  readonly clearedAt: string | null;
  readonly acknowledgedAt: string | null;
  /** The acknowledging token's fingerprint. */
  readonly acknowledgedBy: string | null;
}

/** The webhook event: numbers, unit, service and rule only. */
export interface AlertEvent {
  readonly event: 'alert.fired' | 'alert.cleared';
  readonly id: string;
  readonly rule: string;
  readonly kind: AlertRule['kind'];
  readonly unit: string;
  readonly service: string | null;
  readonly numbers: AlertNumbers;
  readonly at: string;
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', ${ISO})`;

const ALERT_JSON = `jsonb_build_object('id', a.id, 'rule', a.rule_id, 'kind', a.rule_kind, 'unit', a.unit,
  'service', a.service, 'numbers', a.numbers, 'firedAt', ${iso('a.fired_at')},
  'clearedAt', ${iso('a.cleared_at')}, 'acknowledgedAt', ${iso('a.acknowledged_at')},
  'acknowledgedBy', a.acknowledged_by)`;

const eventJson = (name: string, id: string, numbers: string, at: string) =>
  `jsonb_build_object('event', '${name}', 'id', ${id}, 'rule', a.rule_id, 'kind', a.rule_kind,
    'unit', a.unit, 'service', a.service, 'numbers', ${numbers}, 'at', ${iso(at)})`;

// $1 rule id, $2 rule kind, $3 unit, $4 service or null, $5 numbers, $6 webhook URL or null.
const FIRE = `
  WITH a AS (
    INSERT INTO alerts (id, rule_id, rule_kind, unit, service, numbers)
    VALUES (gen_random_uuid(), $1, $2, $3, $4, $5::jsonb)
    ON CONFLICT (rule_id, unit, COALESCE(service, '')) WHERE cleared_at IS NULL DO NOTHING
    RETURNING *
  ), events AS (
    SELECT a.id, ${eventJson('alert.fired', 'a.id', 'a.numbers', 'a.fired_at')} AS event FROM a
  ), queued AS (
    -- The alert's id is the event's Idempotency-Key.
    INSERT INTO webhook_outbox (url, event_id, event) SELECT $6::text, id, event FROM events WHERE $6::text IS NOT NULL
  )
  SELECT event FROM events`;

// $1 rule id, $2 unit, $3 service or null, $4 webhook URL or null, $5 the numbers now. The alert
// keeps the numbers it fired with; the event tells the numbers that cleared it.
const CLEAR = `
  WITH a AS (
    UPDATE alerts SET cleared_at = now()
    WHERE rule_id = $1 AND unit = $2 AND COALESCE(service, '') = COALESCE($3::text, '') AND cleared_at IS NULL
    RETURNING *
  ), events AS (
    SELECT ${eventJson('alert.cleared', 'gen_random_uuid()', '$5::jsonb', 'a.cleared_at')} AS event FROM a
  ), queued AS (
    INSERT INTO webhook_outbox (url, event_id, event)
    SELECT $4::text, (event ->> 'id')::uuid, event FROM events WHERE $4::text IS NOT NULL
  )
  SELECT event FROM events`;

interface Change {
  readonly rule: AlertRule;
  readonly unit: string;
  readonly service: string | null;
  readonly webhookUrl: string | null;
}

/** The alert.fired event when this call fired the alert; null when one was already firing. */
export async function fire(db: Queryable, change: Change, numbers: AlertNumbers): Promise<AlertEvent | null> {
  const [row] = await db.query<{ event: AlertEvent }>(FIRE, [
    change.rule.id,
    change.rule.kind,
    change.unit,
    change.service,
    JSON.stringify(numbers),
    change.webhookUrl,
  ]);
  return row?.event ?? null;
}

/** The alert.cleared event when this call cleared a firing alert; null when none was firing. */
export async function clear(
  db: Queryable,
  change: Change,
  numbers: AlertNumbers,
): Promise<AlertEvent | null> {
  const [row] = await db.query<{ event: AlertEvent }>(CLEAR, [
    change.rule.id,
    change.unit,
    change.service,
    change.webhookUrl,
    JSON.stringify(numbers),
  ]);
  return row?.event ?? null;
}

const LIST = `
  SELECT ${ALERT_JSON} AS alert FROM alerts a
  WHERE $1::boolean OR a.acknowledged_at IS NULL
  ORDER BY a.fired_at DESC, a.seq DESC
  LIMIT $2::int`;

/** Unacknowledged alerts, newest first; with `all`, acknowledged ones too. */
export async function listAlerts(db: Queryable, all: boolean, limit: number): Promise<Alert[]> {
  const rows = await db.query<{ alert: Alert }>(LIST, [all, limit]);
  return rows.map((row) => row.alert);
}

// Idempotent: a second acknowledgement keeps the first one's time and fingerprint.
const ACKNOWLEDGE = `
  WITH updated AS (
    UPDATE alerts SET acknowledged_at = now(), acknowledged_by = $2
    WHERE id = $1 AND acknowledged_at IS NULL
    RETURNING *
  )
  SELECT ${ALERT_JSON} AS alert FROM updated a
  UNION ALL
  SELECT ${ALERT_JSON} FROM alerts a WHERE a.id = $1 AND NOT EXISTS (SELECT 1 FROM updated)`;

/** The alert, acknowledged by `fingerprint` now or before; undefined when there is no such alert. */
export async function acknowledgeAlert(
  db: Queryable,
  id: string,
  fingerprint: string,
): Promise<Alert | undefined> {
  const [row] = await db.query<{ alert: Alert }>(ACKNOWLEDGE, [id, fingerprint]);
  return row?.alert;
}
