/**
 * Deviation reports as cases: listed without their text, read one at a time with an audit row
 * per read, and moved through new → in-progress → closed. Closing deletes the contact details
 * (sealed, or in the clear in a report stored before the reports key): once the case is handled
 * the organisation has no reason to keep a way to reach the person. Handlers' notes come sealed
 * in the inbox; a note in the clear is taken only while the collector has no reports key.
 */
import type { DeviationCategory, HarmAnswer } from 'palaute/schema';
import { z } from 'zod';
import type { Database, Queryable } from '../storage/database.js';
import { sealedNoteSchema, type SealedNote } from './key-schemas.js';
import {
  clockParams,
  DATE_COLUMNS,
  DATED_CASES,
  type ClockSettings,
  type ReportDates,
} from './report-clock.js';
import { handlerMessagesOf, type HandlerMessage } from './report-messages.js';

export const REPORT_STATUSES = ['new', 'in-progress', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const NOTE_MAX_LENGTH = 2000;

export const statusChangeSchema = z.strictObject({
  status: z.enum(REPORT_STATUSES),
  /** Sealed in the inbox; a string only on a collector without a reports key (refused in the route). */
  note: z.optional(z.union([z.string().max(NOTE_MAX_LENGTH), sealedNoteSchema])),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const reportListQuerySchema = z.strictObject({
  status: z.optional(z.enum(REPORT_STATUSES)),
  limit: z.optional(z.coerce.number().int().min(1).max(500)),
  /** The `next` of the previous page: the id of its last report. */
  before: z.optional(z.uuid()),
});
export type ReportListQuery = z.infer<typeof reportListQuerySchema>;

/** What the list shows: enough to choose a report, nothing written by the reporter. */
export interface ReportSummary extends ReportDates {
  readonly id: string;
  readonly createdAt: Date;
  readonly receivedAt: Date;
  readonly unit: string | null;
  readonly service: string | null;
  readonly category: DeviationCategory;
  readonly harm: HarmAnswer;
  readonly anonymous: boolean;
  readonly status: ReportStatus;
  readonly updatedAt: Date;
}

export interface ReportCase {
  readonly id: string;
  readonly status: ReportStatus;
  readonly note: string | null;
  readonly updatedAt: Date;
  /** When the contact details were deleted (on closing), or null. */
  readonly contactErasedAt: Date | null;
}

export interface StoredNote extends SealedNote {
  readonly createdAt: Date;
}

export interface ReportDetail extends ReportCase, ReportDates {
  readonly receivedAt: Date;
  readonly closedAt: Date | null;
  /** The envelope as received, less the contact details once closed. */
  readonly envelope: unknown;
  /** Handlers' sealed notes, oldest first. */
  readonly notes: StoredNote[];
  /** The reporter's reply key, to seal replies to; null when the report came without a receipt code. */
  readonly receipt: { replyPublicKey: unknown } | null;
  /** The conversation with the reporter, the organisation's copies, oldest first. */
  readonly messages: HandlerMessage[];
}

const DEFAULT_PAGE = 100;

// Overdue first (the longest overdue on top), then what is due soonest, then the rest newest
// first. The page after `before` continues from that report's place in this order.
const SORT_KEY = (r: string) => `${r}.rank, COALESCE(${r}.next_due, 'infinity'::timestamptz), -${r}.seq`;
const LIST = `
  SELECT r.id, r.created_at AS "createdAt", r.received_at AS "receivedAt", r.unit, r.service,
    r.envelope #>> '{data,category}' AS category, r.envelope #>> '{data,harm}' AS harm,
    (r.envelope #>> '{data,anonymous}')::boolean AS anonymous, r.status, r.updated_at AS "updatedAt",
    ${DATE_COLUMNS}
  FROM ${DATED_CASES} r
  WHERE ($4::text IS NULL OR r.status = $4)
    AND ($5::uuid IS NULL OR (${SORT_KEY('r')}) > (SELECT ${SORT_KEY('b')} FROM ${DATED_CASES} b WHERE b.id = $5::uuid))
  ORDER BY ${SORT_KEY('r')}
  LIMIT $6`;

const CASE_COLUMNS = `c.answer_id AS id, c.status, c.note, c.updated_at AS "updatedAt", c.contact_erased_at AS "contactErasedAt"`;

const READ = `
  SELECT r.id, r.status, r.note, r.updated_at AS "updatedAt", r.contact_erased_at AS "contactErasedAt",
    r.received_at AS "receivedAt", r.closed_at AS "closedAt", r.envelope, ${DATE_COLUMNS},
    (SELECT rc.reply_key -> 'publicKey' FROM report_receipts rc WHERE rc.report_id = r.id) AS "replyPublicKey"
  FROM ${DATED_CASES} r
  WHERE r.id = $4`;

const CHANGE_STATUS = `
  UPDATE report_cases c SET status = $2, note = COALESCE($3, note), updated_at = now(),
    contact_erased_at = CASE WHEN $2 = 'closed' THEN COALESCE(contact_erased_at, now()) ELSE contact_erased_at END,
    closed_at = CASE WHEN $2 = 'closed' THEN COALESCE(closed_at, now()) END
  WHERE answer_id = $1
  RETURNING ${CASE_COLUMNS}`;

const NOTES = `
  SELECT id, kid, sealed, created_at AS "createdAt" FROM report_notes WHERE report_id = $1 ORDER BY created_at, id`;

// A retried PATCH carries the same note id: stored once.
const ADD_NOTE = `
  INSERT INTO report_notes (id, report_id, kid, sealed) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT (id) DO NOTHING`;

const ERASE_CONTACT = `UPDATE answers SET envelope = envelope #- '{data,contact}' #- '{data,sealedContact}' WHERE id = $1`;

const AUDIT = 'INSERT INTO report_audit (report_id, action, actor) VALUES ($1, $2, $3)';

const notesOf = (db: Queryable, id: string) => db.query<StoredNote>(NOTES, [id]);

export class ReportCases {
  constructor(
    private readonly db: Database,
    private readonly settings: ClockSettings,
    private readonly clock: () => number,
  ) {}

  async list(query: ReportListQuery): Promise<{ reports: ReportSummary[]; next: string | null }> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const reports = await this.db.query<ReportSummary>(LIST, [
      ...clockParams(this.settings, this.clock()),
      query.status ?? null,
      query.before ?? null,
      limit,
    ]);
    return { reports, next: reports.length === limit ? (reports.at(-1)?.id ?? null) : null };
  }

  /** The whole report with its notes; the read is on record before anything is returned. */
  async read(id: string, actor: string): Promise<ReportDetail | undefined> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<
        Omit<ReportDetail, 'notes' | 'messages' | 'receipt'> & { replyPublicKey: unknown }
      >(READ, [...clockParams(this.settings, this.clock()), id]);
      if (!row) return undefined;
      await tx.query(AUDIT, [id, 'read', actor]);
      const { replyPublicKey, ...report } = row;
      return {
        ...report,
        receipt: replyPublicKey ? { replyPublicKey } : null,
        notes: await notesOf(tx, id),
        messages: await handlerMessagesOf(tx, id),
      };
    });
  }

  async changeStatus(
    id: string,
    change: StatusChange,
    actor: string,
  ): Promise<(ReportCase & { notes: StoredNote[] }) | undefined> {
    return this.db.transaction(async (tx) => {
      const { note } = change;
      const clearNote = typeof note === 'string' ? note : null;
      const [updated] = await tx.query<ReportCase>(CHANGE_STATUS, [id, change.status, clearNote]);
      if (!updated) return undefined;
      if (note && typeof note === 'object') {
        await tx.query(ADD_NOTE, [note.id, id, note.kid, JSON.stringify(note.sealed)]);
      }
      if (change.status === 'closed') await tx.query(ERASE_CONTACT, [id]);
      await tx.query(AUDIT, [id, `status:${change.status}`, actor]);
      return { ...updated, notes: await notesOf(tx, id) };
    });
  }

  /** The audit trail of one report, oldest first. */
  async audit(id: string): Promise<{ action: string; actor: string; at: Date }[]> {
    return this.db.query('SELECT action, actor, at FROM report_audit WHERE report_id = $1 ORDER BY seq', [
      id,
    ]);
  }
}
