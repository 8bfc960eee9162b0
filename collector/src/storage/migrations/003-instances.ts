import type { Migration } from './index.js';

export const instanceTables: Migration = {
  version: 3,
  name: 'daily job runs and rate limit counts, shared by every collector on the database',
  sql: `
    -- When each daily job last finished, so that of several collectors only one runs it a day.
    CREATE TABLE daily_job_runs (
      name text PRIMARY KEY,
      finished_at timestamptz NOT NULL
    );

    -- Requests per client key and time window, counted by every collector together (PostgreSQL).
    -- UNLOGGED: no WAL for a counter written on every request; a crash merely forgets the minute.
    CREATE UNLOGGED TABLE rate_limit_hits (
      key text NOT NULL,
      window_end_ms bigint NOT NULL,
      hits integer NOT NULL,
      PRIMARY KEY (key, window_end_ms)
    );
  `,
};
