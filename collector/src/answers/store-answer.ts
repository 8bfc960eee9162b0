/** One envelope into the database, in the caller's transaction, once per id. */
import { createHash } from 'node:crypto';
import type { Envelope } from 'palaute/schema';
import type { Queryable } from '../storage/database.js';

/** stored: new; repeat: this id with this body was stored before; conflict: with another body; erased: on request. */
export type StoreOutcome = 'stored' | 'repeat' | 'conflict' | 'erased';

export interface IncomingAnswer {
  readonly envelope: Envelope;
  /** Where to forward it, or null. */
  readonly webhookUrl: string | null;
}

/**
 * The body's identity. Envelopes come out of the schema with their keys in the schema's order,
 * so the same answer sent with its keys in another order has the same digest.
 */
export function digestOf(envelope: Envelope): string {
  return createHash('sha256').update(JSON.stringify(envelope)).digest('hex');
}

// One statement: insert unless the id is known or erased, and in the same breath open a report
// case and queue the forwarding. ON CONFLICT makes a concurrent repeat wait for the first and
// then do nothing, so one id is one row however many arrive at once.
const INSERT_ANSWER = `
  WITH inserted AS (
    INSERT INTO answers (id, kind, unit, service, created_at, digest, envelope)
    SELECT $1::uuid, $2, $3, $4, $5::timestamptz, $6, $7::jsonb
    WHERE NOT EXISTS (SELECT 1 FROM erased_answers WHERE id = $1::uuid)
    ON CONFLICT (id) DO NOTHING
    RETURNING id, kind
  ), report_case AS (
    INSERT INTO report_cases (answer_id) SELECT id FROM inserted WHERE kind = 'deviation-report'
  ), forwarding AS (
    INSERT INTO webhook_outbox (answer_id, url) SELECT id, $8::text FROM inserted WHERE $8::text IS NOT NULL
  )
  SELECT count(*)::int AS inserted FROM inserted`;

export async function storeAnswer(tx: Queryable, { envelope, webhookUrl }: IncomingAnswer): Promise<StoreOutcome> {
  const digest = digestOf(envelope);
  const [row] = await tx.query<{ inserted: number }>(INSERT_ANSWER, [
    envelope.id,
    envelope.kind,
    envelope.context.unit,
    envelope.context.service,
    envelope.createdAt,
    digest,
    JSON.stringify(envelope),
    webhookUrl,
  ]);
  if (row?.inserted) return 'stored';
  // A new statement sees what a concurrent transaction committed meanwhile.
  const [existing] = await tx.query<{ digest: string }>('SELECT digest FROM answers WHERE id = $1', [envelope.id]);
  if (!existing) return 'erased';
  return existing.digest === digest ? 'repeat' : 'conflict';
}
