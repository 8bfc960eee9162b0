/**
 * A reporter's receipt code at the collector (issue 20): the report it finds, as its reporter may
 * see it, and the check of an addition's append key. The collector holds SHA-256 verifiers of the
 * keys the code derives, never the code; finding a report by a lookup key tells nothing else.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FollowUp } from 'palaute/schema';
import type { Queryable } from '../storage/database.js';
import { clockParams, DATE_COLUMNS, DATED_CASES, type ClockSettings } from './report-clock.js';
import type { ReportKeys } from './report-keys.js';
import { reporterMessagesOf } from './report-messages.js';

/** What the database gives; dates become ISO strings on the way out (JSON). */
type FollowUpRow = Omit<
  FollowUp['report'],
  'receivedAt' | 'acknowledgedAt' | 'acknowledgementDue' | 'feedbackDue' | 'closedAt'
> & {
  receivedAt: Date;
  acknowledgedAt: Date | null;
  acknowledgementDue: Date;
  feedbackDue: Date;
  closedAt: Date | null;
  replyKey: FollowUp['replyKey'];
};

const FIND = `
  SELECT r.id, r.status, r.locale, r.received_at AS "receivedAt", ${DATE_COLUMNS},
    r.closed_at AS "closedAt", rc.reply_key AS "replyKey"
  FROM report_receipts rc JOIN ${DATED_CASES} r ON r.id = rc.report_id
  WHERE rc.lookup_verifier = $4`;

/** The follow-up for a lookup verifier, or undefined: no report has it (or it has been removed). */
export async function findFollowUp(
  db: Queryable,
  keys: ReportKeys,
  settings: ClockSettings,
  now: number,
  lookupVerifier: string,
): Promise<FollowUp | undefined> {
  const [row] = await db.query<FollowUpRow>(FIND, [...clockParams(settings, now), lookupVerifier]);
  if (!row) return undefined;
  const { replyKey, ...report } = row;
  const [messages, organisationKey] = await Promise.all([reporterMessagesOf(db, row.id), keys.current(db)]);
  const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);
  return {
    report: {
      id: report.id,
      status: report.status,
      locale: report.locale,
      receivedAt: iso(report.receivedAt)!,
      acknowledgedAt: iso(report.acknowledgedAt),
      acknowledgementDue: iso(report.acknowledgementDue)!,
      feedbackDue: iso(report.feedbackDue)!,
      closedAt: iso(report.closedAt),
    },
    replyKey,
    organisationKey: organisationKey
      ? { kid: organisationKey.kid, publicKey: organisationKey.publicKey }
      : null,
    messages: messages.map((message) => ({ ...message, createdAt: iso(message.createdAt)! })),
  };
}

// Compared against when the report has no receipt (or does not exist), so both take one comparison.
const NO_VERIFIER = 'x'.repeat(43);

/** True when `appendVerifier` is the report's; false for a wrong key, no receipt or no such report. */
export async function appendKeyMatches(
  db: Queryable,
  reportId: string,
  appendVerifier: string,
): Promise<boolean> {
  const [row] = await db.query<{ verifier: string }>(
    'SELECT append_verifier AS verifier FROM report_receipts WHERE report_id = $1',
    [reportId],
  );
  const stored = Buffer.from(row?.verifier ?? NO_VERIFIER);
  const given = Buffer.from(appendVerifier);
  return Boolean(row) && stored.length === given.length && timingSafeEqual(stored, given);
}

/** A receipt whose lookup verifier is already another report's could never be told apart. */
export async function lookupVerifierInUse(
  db: Queryable,
  lookupVerifier: string,
  reportId: string,
): Promise<boolean> {
  const rows = await db.query(
    'SELECT 1 FROM report_receipts WHERE lookup_verifier = $1 AND report_id <> $2',
    [lookupVerifier, reportId],
  );
  return rows.length > 0;
}
