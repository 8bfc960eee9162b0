/** The collector's tables as the catalogue lists them, so a table a later migration adds is included. */
import type { Queryable } from '../storage/database.js';

export async function collectorTables(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
  );
  return rows.map((row) => row.name);
}

/** Whether any table but the migrations' record holds a row: an answer, a key, an audit line. */
export async function holdsData(db: Queryable): Promise<boolean> {
  for (const table of await collectorTables(db)) {
    if (table === 'schema_migrations') continue;
    const [row] = await db.query(`SELECT EXISTS (SELECT 1 FROM "${table.replace(/"/g, '""')}") AS any`);
    if ((row as { any: boolean }).any) return true;
  }
  return false;
}
