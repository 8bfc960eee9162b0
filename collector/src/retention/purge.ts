/** Forgetting: answers past their kind's retention, and the bookkeeping that outlived them. */
import type { AnswerKind } from 'palaute/schema';
import { KINDS } from '../kinds.js';
import type { Queryable } from '../storage/database.js';

export interface PurgeReport {
  readonly answers: Readonly<Record<AnswerKind, number>>;
  /** Audit rows older than the retention of deviation reports. */
  readonly auditRows: number;
  /** Erasure records older than the longest retention: no browser can still be resending those. */
  readonly erasures: number;
}

const deleted = (table: string, where: string) =>
  `WITH gone AS (DELETE FROM ${table} WHERE ${where} RETURNING 1) SELECT count(*)::int AS n FROM gone`;

const OLDER_THAN = `now() - $1::double precision * interval '1 day'`;

export async function purgeExpired(
  db: Queryable,
  retentionDays: Readonly<Record<AnswerKind, number>>,
): Promise<PurgeReport> {
  const count = async (sql: string, params: unknown[]) =>
    (await db.query<{ n: number }>(sql, params))[0]?.n ?? 0;
  const answers = {} as Record<AnswerKind, number>;
  for (const kind of KINDS) {
    answers[kind] = await count(deleted('answers', `kind = $2 AND received_at < ${OLDER_THAN}`), [
      retentionDays[kind],
      kind,
    ]);
  }
  const auditRows = await count(deleted('report_audit', `at < ${OLDER_THAN}`), [
    retentionDays['deviation-report'],
  ]);
  const longest = Math.max(...Object.values(retentionDays));
  const erasures = await count(deleted('erased_answers', `erased_at < ${OLDER_THAN}`), [longest]);
  return { answers, auditRows, erasures };
}

/** Erases one answer now and remembers its id, so a late resend is not stored again. */
export async function eraseAnswer(db: Queryable, id: string): Promise<{ kind: AnswerKind } | undefined> {
  const [erased] = await db.query<{ kind: AnswerKind }>(
    `WITH erased AS (DELETE FROM answers WHERE id = $1 RETURNING id, kind),
       remembered AS (INSERT INTO erased_answers (id) SELECT id FROM erased ON CONFLICT (id) DO NOTHING)
     SELECT kind FROM erased`,
    [id],
  );
  return erased;
}
