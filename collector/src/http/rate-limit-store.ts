/**
 * @fastify/rate-limit's store in PostgreSQL, so that every collector on the database counts a
 * client's requests together: one UPSERT per request into the UNLOGGED `rate_limit_hits`, in
 * fixed windows taken from the database's clock (the collectors' clocks may differ). Rows of
 * windows that have ended are deleted every window by each collector. PGlite keeps the plugin's
 * memory store: there is one collector there.
 */
import type { Queryable } from '../storage/database.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

// The window is the database clock's time divided by the window length; the row is the client's
// count in it, and ttl what is left of it.
const COUNT = `
  WITH clock AS (SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms)
  INSERT INTO rate_limit_hits AS r (key, window_end_ms, hits)
  SELECT $1, (ms / $2 + 1) * $2, 1 FROM clock
  ON CONFLICT (key, window_end_ms) DO UPDATE SET hits = r.hits + 1
  RETURNING hits, (r.window_end_ms - (SELECT ms FROM clock))::int AS ttl`;

// The count in the current window, without counting (a limit checked before the outcome is known).
const READ = `
  WITH clock AS (SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms)
  SELECT COALESCE((SELECT hits FROM rate_limit_hits WHERE key = $1 AND window_end_ms = (ms / $2 + 1) * $2), 0)
    AS hits, ((ms / $2 + 1) * $2 - ms)::int AS ttl
  FROM clock`;

/** Counts one hit of `key` in the current window of `windowMs`; its count then and what is left. */
export async function countHit(db: Queryable, key: string, windowMs: number) {
  const [row] = await db.query<{ hits: number; ttl: number }>(COUNT, [key, windowMs]);
  return row!;
}

/** The hits of `key` in the current window, and what is left of it. */
export async function readHits(db: Queryable, key: string, windowMs: number) {
  const [row] = await db.query<{ hits: number; ttl: number }>(READ, [key, windowMs]);
  return row!;
}

const FORGET_ENDED = `DELETE FROM rate_limit_hits
  WHERE window_end_ms < floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint`;

export interface SharedRateLimits {
  /** The class to give the plugin as its `store`. */
  readonly store: new () => object;
  /** Stops deleting ended windows. */
  stop(): void;
}

export function sharedRateLimits(db: Queryable, windowMs: number, onError: (error: unknown) => void) {
  const timer = setInterval(() => void db.query(FORGET_ENDED).catch(onError), windowMs);
  timer.unref();

  class PostgresRateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number): void {
      countHit(db, key, timeWindow).then(
        ({ hits, ttl }) => callback(null, { current: hits, ttl }),
        (error: unknown) => callback(error as Error),
      );
    }

    child(): PostgresRateLimitStore {
      return this;
    }
  }
  return { store: PostgresRateLimitStore, stop: () => clearInterval(timer) } satisfies SharedRateLimits;
}
