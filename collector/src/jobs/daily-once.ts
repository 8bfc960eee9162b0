/**
 * Daily jobs that run once a day across every collector on the database, not once per collector.
 * Each collector looks every `checkEveryMs` (and at start); a job runs when it has not finished
 * within the last day, on the collector that holds its PostgreSQL advisory lock
 * (pg_try_advisory_lock: the others skip it rather than wait), and its finish is recorded in
 * `daily_job_runs`, so a collector that looks a moment later finds it done. A job that fails is
 * not recorded and runs again at the next look. On PGlite there is one collector; the same SQL runs.
 */
import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../services.js';
import type { Database } from '../storage/database.js';

export interface DailyJob {
  /** Unique and fixed: it names the job's row in daily_job_runs and its advisory lock. */
  readonly name: string;
  run(services: Services, log: FastifyBaseLogger): Promise<unknown>;
}

/** What became of one look at a job. */
export type DailyJobOutcome = 'ran' | 'not due' | 'running elsewhere';

/** The advisory lock keys' first half, so that Palaute's locks do not collide with other software's. */
const LOCK_SPACE = 0x50616c61; // "Pala"

/** The job's fixed lock key: the first 31 bits of the SHA-256 of its name. */
export function lockKeyOf(name: string): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0) >>> 1;
}

const TRY_LOCK = 'SELECT pg_try_advisory_lock($1, $2) AS locked';
const UNLOCK = 'SELECT pg_advisory_unlock($1, $2)';
const DUE = `SELECT NOT EXISTS (
  SELECT 1 FROM daily_job_runs
  WHERE name = $1 AND finished_at > now() - $2::double precision * interval '1 millisecond') AS due`;
const FINISHED = `INSERT INTO daily_job_runs (name, finished_at) VALUES ($1, now())
  ON CONFLICT (name) DO UPDATE SET finished_at = excluded.finished_at`;

/** Runs `job` if it is due and no other collector is running it. */
export async function runIfDue(
  db: Database,
  job: DailyJob,
  intervalMs: number,
  run: () => Promise<unknown>,
): Promise<DailyJobOutcome> {
  const key = [LOCK_SPACE, lockKeyOf(job.name)];
  return db.withSession(async (session) => {
    const [lock] = await session.query<{ locked: boolean }>(TRY_LOCK, key);
    if (!lock?.locked) return 'running elsewhere';
    try {
      const [state] = await session.query<{ due: boolean }>(DUE, [job.name, intervalMs]);
      if (!state?.due) return 'not due';
      await run();
      await session.query(FINISHED, [job.name]);
      return 'ran';
    } finally {
      await session.query(UNLOCK, key);
    }
  });
}

export interface DailyScheduleOptions {
  /** How long after a job's last finish it is due again (a day; tests shorten it). */
  readonly intervalMs: number;
  readonly log: FastifyBaseLogger;
}

/**
 * Looks at every job now and then every intervalMs / 24 (hourly for a day), so each runs within
 * about an hour of falling due on whichever collector looks first. `stop()` waits for a run under way.
 */
export class DailySchedule {
  readonly #timer: NodeJS.Timeout;
  readonly #dueAfterMs: number;
  #looking: Promise<void> = Promise.resolve();
  #stopped = false;

  constructor(
    private readonly services: Services,
    private readonly jobs: readonly DailyJob[],
    private readonly options: DailyScheduleOptions,
  ) {
    const checkEveryMs = Math.max(1000, options.intervalMs / 24);
    // Due a little early rather than a look late: otherwise a job would drift by up to a look a day.
    this.#dueAfterMs = options.intervalMs - checkEveryMs / 2;
    this.#timer = setInterval(() => this.lookNow(), checkEveryMs);
    this.#timer.unref();
  }

  /** Looks at every job (one look at a time). */
  lookNow(): Promise<void> {
    this.#looking = this.#looking.then(() => this.#lookAtAll());
    return this.#looking;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#looking;
  }

  async #lookAtAll(): Promise<void> {
    const { log } = this.options;
    for (const job of this.jobs) {
      if (this.#stopped) return;
      try {
        const outcome = await runIfDue(this.services.db, job, this.#dueAfterMs, () =>
          job.run(this.services, log),
        );
        log.debug({ job: job.name, outcome }, 'daily job');
      } catch (error) {
        log.error({ err: error, job: job.name }, 'daily job failed');
      }
    }
  }
}
