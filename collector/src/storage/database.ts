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
  close(): Promise<void>;
}
