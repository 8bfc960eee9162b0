/** The collector's tables as the catalogue lists them, so a table a later migration adds is included. */
import type { Queryable } from '../storage/database.js';

export async function collectorTables(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
  );
  return rows.map((row) => row.name);
}

/**
 * What a collector writes for itself by starting and serving (which migrations ran, when a daily
 * job last ran, rate-limit counts): not data, so a collector that only started can be restored over.
 */
const BOOKKEEPING = new Set(['schema_migrations', 'daily_job_runs', 'rate_limit_hits']);

/** Whether any table but the collector's own bookkeeping holds a row: an answer, a key, an audit line. */
export async function holdsData(db: Queryable): Promise<boolean> {
  for (const table of await collectorTables(db)) {
    if (BOOKKEEPING.has(table)) continue;
    const [row] = await db.query(`SELECT EXISTS (SELECT 1 FROM "${table.replace(/"/g, '""')}") AS any`);
    if ((row as { any: boolean }).any) return true;
  }
  return false;
}
