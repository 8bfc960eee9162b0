/**
 * Every table of a database no collector has open, row by row, in a fixed order: what a backup
 * must carry over unchanged. PGlite opened on its directory, PostgreSQL through DATABASE_URL's role.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

const TABLES = `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`;
// Each row as JSON text, every column (identities and timestamps too); ordered by that text.
const rowsOf = (table) => `SELECT to_jsonb(t)::text AS row FROM "${table}" t ORDER BY 1`;

async function contentsThrough(query) {
  const contents = {};
  for (const { name } of await query(TABLES)) {
    contents[name] = (await query(rowsOf(name))).map(({ row }) => JSON.parse(row));
  }
  return contents;
}

/** `{ table: rows[] }` for every table in the collector's schema. */
export async function tableContents(storage) {
  const { dataDir, databaseUrl } = storage.options;
  if (dataDir) {
    const db = await PGlite.create(dataDir);
    try {
      return await contentsThrough(async (sql) => (await db.query(sql)).rows);
    } finally {
      await db.close();
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await contentsThrough(async (sql) => (await client.query(sql)).rows);
  } finally {
    await client.end();
  }
}
