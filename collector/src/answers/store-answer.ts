/** Envelopes into the database, in the caller's transaction, once per id. */
import { createHash } from 'node:crypto';
import type { AnswerEnvelope } from 'palaute/schema';
import type { Queryable } from '../storage/database.js';

/** stored: new; repeat: this id with this body was stored before; conflict: with another body; erased: on request. */
export type StoreOutcome = 'stored' | 'repeat' | 'conflict' | 'erased';

export interface IncomingAnswer {
  readonly envelope: AnswerEnvelope;
  /** Where to forward it, or null. */
  readonly webhookUrl: string | null;
  /** When the stored body is not what was sent (a report sealed here): the digest of what was. */
  readonly digest?: string;
}

/**
 * The body's identity. Envelopes come out of the schema with their keys in the schema's order,
 * so the same answer sent with its keys in another order has the same digest.
 */
export function digestOf(envelope: AnswerEnvelope): string {
  return createHash('sha256').update(JSON.stringify(envelope)).digest('hex');
}

// One statement for many answers: insert those whose id is neither known nor erased, and in the
// same breath open report cases, keep their receipts and queue forwarding. ON CONFLICT makes a concurrent sender of
// the same id wait for the first and then do nothing, so one id is one row however many arrive.
const INSERT_ANSWERS = `
  WITH incoming AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(
      id uuid, kind text, unit text, service text, created_at timestamptz, digest text, envelope jsonb, webhook text)
  ), inserted AS (
    INSERT INTO answers (id, kind, unit, service, created_at, digest, envelope)
    SELECT id, kind, unit, service, created_at, digest, envelope FROM incoming
    WHERE NOT EXISTS (SELECT 1 FROM erased_answers e WHERE e.id = incoming.id)
    -- In id order, so two batches that share ids lock them in the same order and never deadlock.
    ORDER BY id
    ON CONFLICT (id) DO NOTHING
    RETURNING id, kind
  ), report_cases AS (
    INSERT INTO report_cases (answer_id) SELECT id FROM inserted WHERE kind = 'deviation-report'
  ), receipts AS (
    -- A report's receipt (issue 20) is stored with it: its code works as soon as the report is in.
    -- A lookup verifier already in use is refused before this (ingest); DO NOTHING only covers a race.
    INSERT INTO report_receipts (report_id, lookup_verifier, append_verifier, reply_key)
    SELECT inserted.id, r.receipt ->> 'lookupVerifier', r.receipt ->> 'appendVerifier', r.receipt -> 'replyKey'
    FROM inserted JOIN incoming ON incoming.id = inserted.id,
      LATERAL (SELECT incoming.envelope #> '{data,receipt}' AS receipt) r
    WHERE inserted.kind = 'deviation-report' AND r.receipt IS NOT NULL
    ON CONFLICT DO NOTHING
  ), forwarding AS (
    INSERT INTO webhook_outbox (answer_id, url)
    SELECT inserted.id, incoming.webhook FROM inserted JOIN incoming ON incoming.id = inserted.id
    WHERE incoming.webhook IS NOT NULL
  )
  SELECT id FROM inserted`;

// A new statement sees what a concurrent transaction committed meanwhile.
const DIGESTS = 'SELECT id, digest FROM answers WHERE id = ANY($1::uuid[])';

/** Stores the answers; one outcome per answer, in their order. */
export async function storeAnswers(
  tx: Queryable,
  answers: readonly IncomingAnswer[],
): Promise<StoreOutcome[]> {
  const digests = answers.map(({ envelope, digest }) => digest ?? digestOf(envelope));
  // The same id twice in one batch: the first is inserted, the later ones are repeats of it.
  const firstIndex = new Map<string, number>();
  answers.forEach(({ envelope }, index) => {
    if (!firstIndex.has(envelope.id)) firstIndex.set(envelope.id, index);
  });
  const rows = [...firstIndex.values()].map((index) => {
    const { envelope, webhookUrl } = answers[index]!;
    return {
      id: envelope.id,
      kind: envelope.kind,
      unit: envelope.context.unit,
      service: envelope.context.service,
      created_at: envelope.createdAt,
      digest: digests[index],
      envelope,
      webhook: webhookUrl,
    };
  });
  const inserted = new Set(
    (await tx.query<{ id: string }>(INSERT_ANSWERS, [JSON.stringify(rows)])).map((row) => row.id),
  );

  const unsettled = answers.filter(
    ({ envelope }, index) => !(inserted.has(envelope.id) && firstIndex.get(envelope.id) === index),
  );
  const known = unsettled.length
    ? new Map(
        (
          await tx.query<{ id: string; digest: string }>(DIGESTS, [
            unsettled.map(({ envelope }) => envelope.id),
          ])
        ).map((row) => [row.id, row.digest]),
      )
    : new Map<string, string>();

  return answers.map(({ envelope }, index): StoreOutcome => {
    if (inserted.has(envelope.id) && firstIndex.get(envelope.id) === index) return 'stored';
    const digest = known.get(envelope.id);
    if (digest === undefined) return 'erased';
    return digest === digests[index] ? 'repeat' : 'conflict';
  });
}
