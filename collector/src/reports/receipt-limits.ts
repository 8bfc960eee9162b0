/**
 * How many wrong receipt codes the collector takes before it answers 429 (issue 20). A code is
 * 16 random digits (10^16); with 10,000 reports stored, one guess finds one of them with
 * probability 10^-12. The limits keep online guessing far below offline guessing of a stolen
 * database (one PBKDF2 of 600,000 iterations per guess) and let a person mistype a few times.
 *
 * On PostgreSQL counted in the database (the UNLOGGED rate_limit_hits of http/rate-limit-store.ts,
 * in windows of the database's clock), so that several collectors behind a load balancer count a
 * guesser together; on PGlite, where there is one collector, in this process's memory.
 */
import { countHit, readHits } from '../http/rate-limit-store.js';
import type { Queryable } from '../storage/database.js';

export const RECEIPT_LIMITS = {
  receiptMinResponseMs: 150,
  receiptLimitWindowMs: 15 * 60_000,
  receiptFailuresPerClient: 10,
  receiptFailuresPerReport: 10,
  receiptFailuresGlobal: 5_000,
} as const;

export type ReceiptLimits = { readonly [K in keyof typeof RECEIPT_LIMITS]: number };

/** How long to wait before trying again. */
export interface Limited {
  readonly retryAfterS: number;
}

/** Failures per key in fixed windows; a key that has used up its window is limited until it ends. */
interface FailureCounter {
  /** Limited, or undefined when this key may still try. */
  check(key: string): Promise<Limited | undefined>;
  fail(key: string): Promise<void>;
}

/** In this process's memory: PGlite's one collector. */
class MemoryFailureCounter implements FailureCounter {
  readonly #windows = new Map<string, { failures: number; endsAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly clock: () => number,
  ) {}

  async check(key: string): Promise<Limited | undefined> {
    const now = this.clock();
    const window = this.#windows.get(key);
    if (!window || window.endsAt <= now || window.failures < this.max) return undefined;
    return { retryAfterS: Math.ceil((window.endsAt - now) / 1000) };
  }

  async fail(key: string): Promise<void> {
    const now = this.clock();
    const window = this.#windows.get(key);
    if (window && window.endsAt > now) {
      window.failures++;
      return;
    }
    // Forget ended windows now and then, so memory holds only the current window's keys.
    if (this.#windows.size >= 10_000) {
      for (const [old, { endsAt }] of this.#windows) if (endsAt <= now) this.#windows.delete(old);
    }
    this.#windows.set(key, { failures: 1, endsAt: now + this.windowMs });
  }
}

/** In PostgreSQL, shared by every collector on the database. Keys are prefixed per limit. */
class SharedFailureCounter implements FailureCounter {
  constructor(
    private readonly db: Queryable,
    private readonly prefix: string,
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  async check(key: string): Promise<Limited | undefined> {
    const { hits, ttl } = await readHits(this.db, `${this.prefix}${key}`, this.windowMs);
    return hits >= this.max ? { retryAfterS: Math.max(1, Math.ceil(ttl / 1000)) } : undefined;
  }

  async fail(key: string): Promise<void> {
    await countHit(this.db, `${this.prefix}${key}`, this.windowMs);
  }
}

/** The three limits together: per client address, per report id, and for everyone. */
export class ReceiptGuards {
  readonly #perClient: FailureCounter;
  readonly #perReport: FailureCounter;
  readonly #global: FailureCounter;

  /** `shared`: the PostgreSQL database to count in; without it, memory. */
  constructor(limits: ReceiptLimits, clock: () => number, shared?: Queryable) {
    const window = limits.receiptLimitWindowMs;
    const counter = (name: string, max: number): FailureCounter =>
      shared
        ? new SharedFailureCounter(shared, `receipt-${name}:`, max, window)
        : new MemoryFailureCounter(max, window, clock);
    this.#perClient = counter('client', limits.receiptFailuresPerClient);
    this.#perReport = counter('report', limits.receiptFailuresPerReport);
    this.#global = counter('all', limits.receiptFailuresGlobal);
  }

  /** Before a lookup: limited when this client, or everyone together, failed too often. */
  async lookupLimited(client: string): Promise<Limited | undefined> {
    return (await this.#perClient.check(client)) ?? (await this.#global.check('all'));
  }

  async lookupFailed(client: string): Promise<void> {
    await Promise.all([this.#perClient.fail(client), this.#global.fail('all')]);
  }

  /**
   * Before an addition: limited when this client or this report id has had too many wrong append
   * keys. Counted by the id as sent, whether or not such a report exists, so that the 429 does
   * not tell which ids exist.
   */
  async appendLimited(client: string, reportId: string): Promise<Limited | undefined> {
    return (await this.#perClient.check(client)) ?? (await this.#perReport.check(reportId));
  }

  async appendFailed(client: string, reportId: string): Promise<void> {
    await Promise.all([this.#perClient.fail(client), this.#perReport.fail(reportId)]);
  }
}
