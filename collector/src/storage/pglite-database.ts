/** PGlite: PostgreSQL compiled to WebAssembly, in this process, storing in a directory. */
import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { lockDataDir } from './data-dir-lock.js';
import type { Database, Queryable, Row } from './database.js';

interface PgliteLike {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  exec(sql: string): Promise<unknown>;
}

export function queryable(db: PgliteLike): Queryable {
  return {
    async query<R extends Row = Record<string, unknown>>(sql: string, params: readonly unknown[] = []) {
      return (await db.query<R>(sql, [...params])).rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = await lockDataDir(dataDir);
  const db = await PGlite.create(dataDir).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  return {
    ...queryable(db),
    engine: 'pglite',
    location: `PGlite in ${dataDir}`,
    // One connection: PGlite queues transactions itself; two at once would only wait on each other.
    parallelism: 1,
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    // The one connection is the session.
    withSession: (work) => work(queryable(db)),
    async close() {
      await db.close();
      await unlock();
    },
  };
}
