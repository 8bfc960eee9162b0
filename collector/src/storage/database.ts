/**
 * What the collector needs from a database. PGlite and PostgreSQL both implement it and run the
 * same SQL, so every query is written once and tested on both.
 */
/** A result row: column name → value. */
export type Row = object;

export interface Queryable {
  /** One statement with `$1…` parameters; the rows it returns. */
  query<R extends Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgresql';
  /** For the start-up line and health: where the data is, never a password. */
  readonly location: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** How many transactions may usefully run at once (PGlite has one connection). */
  readonly parallelism: number;
  /**
   * Runs `work` on one connection held throughout, outside a transaction: what a session-level
   * advisory lock needs (taken and released on the same connection).
   */
  withSession<T>(work: (session: Queryable) => Promise<T>): Promise<T>;
  /** The connection pool's counts, where there is one (PostgreSQL). */
  readonly pool?: PoolCounts;
  close(): Promise<void>;
}

export interface PoolCounts {
  /** Connections open. */
  readonly total: number;
  /** Of those, not in use. */
  readonly idle: number;
  /** Queries waiting for a connection. */
  readonly waiting: number;
}
