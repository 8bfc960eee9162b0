/** A PostgreSQL server through node-postgres, with a small pool. */
import pg from 'pg';
import type { Database, Queryable, Row } from './database.js';

const POOL_SIZE = 10;
/** An unreachable server fails the start (or a query) after this, instead of hanging on it. */
const CONNECT_TIMEOUT_MS = 10_000;

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R extends Row = Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      return (await client.query(sql, [...params])).rows as R[];
    },
    async exec(sql: string) {
      // Without parameters node-postgres uses the simple protocol, which takes several statements.
      await client.query(sql);
    },
  };
}

/** `postgres://user:secret@host:5432/db` → `PostgreSQL at host:5432/db`: never the password. */
export function describeUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

export async function openPostgresDatabase(
  databaseUrl: string,
  onIdleError: (error: Error) => void,
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // A server restart breaks idle connections; without a listener that would end the process.
  pool.on('error', onIdleError);
  await pool.query('SELECT 1').catch(async (error: unknown) => {
    await pool.end().catch(() => undefined);
    throw error;
  });

  return {
    ...queryable(pool),
    engine: 'postgresql',
    location: describeUrl(databaseUrl),
    parallelism: POOL_SIZE / 2,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work(queryable(client));
      } finally {
        client.release();
      }
    },
    get pool() {
      return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
    },
    close: () => pool.end(),
  };
}
