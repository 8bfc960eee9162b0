/**
 * The conversation under a deviation report (issue 20): the handlers' acknowledgement and replies,
 * the reporter's additions. The collector stores each reply or addition as two ciphertexts (to the
 * organisation's reports key and to the reporter's reply key) and opens neither; an
 * acknowledgement has no text (the reporter's page shows the standard one in its language).
 */
import { sealedValueSchema, type SealedValue } from 'palaute/schema';
import { z } from 'zod';
import type { Database, Queryable } from '../storage/database.js';
import { kidSchema } from './key-schemas.js';
import { datesOf, type ClockSettings } from './report-clock.js';

export const REPORT_MESSAGE_TYPES = ['acknowledgement', 'reply', 'addition'] as const;
export type ReportMessageType = (typeof REPORT_MESSAGE_TYPES)[number];

/**
 * A handler's reply as the inbox sends it: `sealReportMessage(…)` with the message id. `text` is
 * named only to be refused with a reason: a reply in the clear would put its text in the database.
 */
export const replySchema = z.strictObject({
  id: z.uuid(),
  kid: kidSchema,
  sealed: sealedValueSchema,
  forReporter: sealedValueSchema,
  text: z.optional(z.unknown()),
});
export type Reply = z.infer<typeof replySchema>;

/** What handlers see of a message: the organisation's copy. */
export interface HandlerMessage {
  readonly id: string;
  readonly type: ReportMessageType;
  readonly createdAt: Date;
  readonly kid: string | null;
  readonly sealed: SealedValue | null;
}

/** What the reporter sees: their copy; an acknowledgement has none. */
export interface ReporterMessage {
  readonly id: string;
  readonly type: ReportMessageType;
  readonly createdAt: Date;
  readonly forReporter?: SealedValue;
}

const ORDER = 'ORDER BY created_at, seq';

export const handlerMessagesOf = (db: Queryable, reportId: string) =>
  db.query<HandlerMessage>(
    `SELECT id, type, created_at AS "createdAt", kid, sealed FROM report_messages WHERE report_id = $1 ${ORDER}`,
    [reportId],
  );

export async function reporterMessagesOf(db: Queryable, reportId: string): Promise<ReporterMessage[]> {
  const rows = await db.query<{
    id: string;
    type: ReportMessageType;
    createdAt: Date;
    forReporter: SealedValue | null;
  }>(
    `SELECT id, type, created_at AS "createdAt", for_reporter AS "forReporter" FROM report_messages
     WHERE report_id = $1 ${ORDER}`,
    [reportId],
  );
  return rows.map(({ forReporter, ...message }) => (forReporter ? { ...message, forReporter } : message));
}

export type AcknowledgeOutcome = { acknowledgedAt: Date; feedbackDue: Date } | 'not-found' | 'already';
export type ReplyOutcome = 'stored' | 'not-found' | 'no-receipt' | 'unknown-kid' | 'conflict';
export type AdditionOutcome = 'stored' | 'repeat' | 'conflict';

const AUDIT = 'INSERT INTO report_audit (report_id, action, actor) VALUES ($1, $2, $3)';

export interface NewAddition {
  readonly id: string;
  readonly reportId: string;
  readonly kid: string;
  readonly sealed: SealedValue;
  readonly forReporter: SealedValue;
  /** Of the envelope less its append key: a resend is told from another body under the same id. */
  readonly digest: string;
}

export class ReportMessages {
  constructor(
    private readonly db: Database,
    private readonly settings: ClockSettings,
    private readonly clock: () => number,
  ) {}

  /** Records the acknowledgement (once) with its message; on record in the audit trail. */
  async acknowledge(reportId: string, messageId: string, actor: string): Promise<AcknowledgeOutcome> {
    return this.db.transaction(async (tx) => {
      const now = new Date(this.clock());
      const [updated] = await tx.query(
        `UPDATE report_cases SET acknowledged_at = $2, updated_at = $2
         WHERE answer_id = $1 AND acknowledged_at IS NULL RETURNING 1`,
        [reportId, now.toISOString()],
      );
      if (!updated) {
        const [exists] = await tx.query('SELECT 1 FROM report_cases WHERE answer_id = $1', [reportId]);
        return exists ? 'already' : 'not-found';
      }
      await tx.query(
        `INSERT INTO report_messages (id, report_id, type, created_at) VALUES ($1, $2, 'acknowledgement', $3)`,
        [messageId, reportId, now.toISOString()],
      );
      await tx.query(AUDIT, [reportId, 'acknowledge', actor]);
      const dates = await datesOf(tx, this.settings, now.getTime(), reportId);
      return { acknowledgedAt: now, feedbackDue: dates!.feedbackDue };
    });
  }

  /** A handler's reply, sealed in the inbox. A retry with the same id is stored once. */
  async reply(reportId: string, reply: Reply, actor: string): Promise<ReplyOutcome> {
    return this.db.transaction(async (tx) => {
      const [report] = await tx.query<{ receipt: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM report_receipts r WHERE r.report_id = c.answer_id) AS receipt
         FROM report_cases c WHERE c.answer_id = $1 FOR UPDATE`,
        [reportId],
      );
      if (!report) return 'not-found';
      if (!report.receipt) return 'no-receipt';
      const [key] = await tx.query('SELECT 1 FROM report_keys WHERE kid = $1', [reply.kid]);
      if (!key) return 'unknown-kid';
      const [inserted] = await tx.query(
        `INSERT INTO report_messages (id, report_id, type, created_at, kid, sealed, for_reporter)
         VALUES ($1, $2, 'reply', $3, $4, $5::jsonb, $6::jsonb) ON CONFLICT (id) DO NOTHING RETURNING 1`,
        [
          reply.id,
          reportId,
          new Date(this.clock()).toISOString(),
          reply.kid,
          JSON.stringify(reply.sealed),
          JSON.stringify(reply.forReporter),
        ],
      );
      if (!inserted) {
        const [same] = await tx.query(
          `SELECT 1 FROM report_messages WHERE id = $1 AND report_id = $2 AND type = 'reply'`,
          [reply.id, reportId],
        );
        return same ? 'stored' : 'conflict';
      }
      await tx.query(AUDIT, [reportId, 'reply', actor]);
      return 'stored';
    });
  }

  /** The reporter's addition, its append key already checked (report-additions.ts). */
  async addAddition(tx: Queryable, addition: NewAddition): Promise<AdditionOutcome> {
    const [inserted] = await tx.query(
      `INSERT INTO report_messages (id, report_id, type, created_at, kid, sealed, for_reporter, digest)
       VALUES ($1, $2, 'addition', $3, $4, $5::jsonb, $6::jsonb, $7) ON CONFLICT (id) DO NOTHING RETURNING 1`,
      [
        addition.id,
        addition.reportId,
        new Date(this.clock()).toISOString(),
        addition.kid,
        JSON.stringify(addition.sealed),
        JSON.stringify(addition.forReporter),
        addition.digest,
      ],
    );
    if (inserted) return 'stored';
    const [stored] = await tx.query<{ digest: string | null }>(
      'SELECT digest FROM report_messages WHERE id = $1',
      [addition.id],
    );
    return stored?.digest === addition.digest ? 'repeat' : 'conflict';
  }
}
