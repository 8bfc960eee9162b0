/**
 * Seals what a collector stored in the clear before it had a reports key: plaintext deviation
 * reports and handlers' clear notes. Run by `reports init` in its transaction, and at start in
 * case a report arrived in the clear while init was running against a live PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { sealDeviationReport, sealJson } from 'palaute/crypto';
import type { Envelope } from 'palaute/schema';
import type { Queryable } from '../storage/database.js';
import type { ReportKey } from './report-keys.js';
import { clearDigest } from './seal-incoming.js';

type DeviationEnvelope = Extract<Envelope, { kind: 'deviation-report' }>;
type PlainDeviationEnvelope = DeviationEnvelope & {
  data: Exclude<DeviationEnvelope['data'], { sealed: unknown }>;
};

const PLAIN_REPORTS = `
  SELECT envelope FROM answers WHERE kind = 'deviation-report' AND envelope #> '{data,sealed}' IS NULL
  ORDER BY seq FOR UPDATE`;
const SEAL_REPORT = 'UPDATE answers SET envelope = $2::jsonb, digest = $3 WHERE id = $1';
const CLEAR_NOTES = `
  SELECT answer_id AS "reportId", note, updated_at AS "at" FROM report_cases WHERE note IS NOT NULL FOR UPDATE`;
const ADD_NOTE = `INSERT INTO report_notes (id, report_id, kid, sealed, created_at) VALUES ($1, $2, $3, $4::jsonb, $5)`;

export interface SealedStored {
  readonly reports: number;
  readonly notes: number;
}

export async function sealStoredReports(tx: Queryable, key: ReportKey): Promise<SealedStored> {
  const reports = await tx.query<{ envelope: PlainDeviationEnvelope }>(PLAIN_REPORTS);
  for (const { envelope } of reports) {
    const data = await sealDeviationReport(key.publicKey, envelope.id, envelope.data);
    // The old digest was of the text: replaced by the one a report sealed on arrival gets.
    await tx.query(SEAL_REPORT, [envelope.id, JSON.stringify({ ...envelope, data }), clearDigest(envelope)]);
  }
  const notes = await tx.query<{ reportId: string; note: string; at: Date }>(CLEAR_NOTES);
  for (const { reportId, note, at } of notes) {
    const id = randomUUID();
    const sealed = await sealJson(
      key.publicKey,
      { text: note },
      { envelopeId: reportId, kind: 'report-note', part: id },
    );
    await tx.query(ADD_NOTE, [id, reportId, key.kid, JSON.stringify(sealed), at]);
  }
  if (notes.length) await tx.query('UPDATE report_cases SET note = NULL WHERE note IS NOT NULL');
  return { reports: reports.length, notes: notes.length };
}

/**
 * Rewrites the tables that held the clear text, so that the old row versions leave the data files
 * (a plain VACUUM only marks their space free). Outside a transaction, after the sealing commits.
 * Backups taken before still hold them, and so may the write-ahead log until it is overwritten.
 */
export async function rewriteClearTables(db: Queryable): Promise<void> {
  // One statement each: several in one string would run as one transaction block, refused to VACUUM.
  for (const statement of ['VACUUM FULL answers', 'VACUUM FULL report_cases', 'CHECKPOINT']) {
    await db.exec(statement);
  }
}
