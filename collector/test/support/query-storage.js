/**
 * One query on a storage (from freshStorage) that no collector has open: to see what is left in
 * a table the API does not show.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export async function queryStorage(storage, sql, params = []) {
  const { dataDir, databaseUrl } = storage.options;
  if (dataDir) {
    const db = await PGlite.create(dataDir);
    try {
      return (await db.query(sql, params)).rows;
    } finally {
      await db.close();
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}
