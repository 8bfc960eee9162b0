/**
 * Every stored answer that matches, page by page. Each page continues after the last row of the
 * one before (a keyset cursor on `seq`), so memory holds one page whatever the table's size, and
 * no transaction stays open while a slow client reads: PGlite's one connection stays free for
 * incoming answers.
 *
 * An export holds deviation reports whole (sealed once the collector has a reports key; with the
 * contact details of open ones), so each report in a page is written to its audit trail (action
 * `export`, the admin's fingerprint) before the page is handed out, as a single read would be.
 */
import { createdWithin } from '../day-range.js';
import type { Queryable } from '../storage/database.js';
import type { ExportQuery } from './export-query.js';

const PAGE_SIZE = 500;

export interface ExportedAnswer {
  readonly seq: string;
  readonly id: string;
  readonly kind: string;
  readonly receivedAt: Date;
  /** The envelope as JSON text, as stored. */
  readonly envelope: string;
}

const PAGE = `
  SELECT seq::text AS seq, id::text AS id, kind, received_at AS "receivedAt", envelope::text AS envelope
  FROM answers
  WHERE seq > $1::bigint
    AND ($2::text IS NULL OR kind = $2)
    AND ${createdWithin('$3', '$4', '$5')}
  -- The column, not the text alias of the same name, which would sort '10' before '9'.
  ORDER BY answers.seq
  LIMIT ${PAGE_SIZE}`;

const AUDIT_EXPORT = `
  INSERT INTO report_audit (report_id, action, actor) SELECT unnest($1::uuid[]), 'export', $2`;

export async function* exportedAnswers(
  db: Queryable,
  query: ExportQuery,
  timeZone: string,
  actor: string,
): AsyncGenerator<ExportedAnswer> {
  let after = '0';
  for (;;) {
    const page = await db.query<ExportedAnswer>(PAGE, [
      after,
      query.kind ?? null,
      query.from ?? null,
      query.to ?? null,
      timeZone,
    ]);
    const reports = page.filter((answer) => answer.kind === 'deviation-report').map((answer) => answer.id);
    if (reports.length) await db.query(AUDIT_EXPORT, [reports, actor]);
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < PAGE_SIZE) return;
    after = last.seq;
  }
}
