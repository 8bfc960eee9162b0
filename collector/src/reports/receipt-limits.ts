/**
 * How many wrong receipt codes the collector takes before it answers 429 (issue 20). A code is
 * 16 random digits (10^16); with 10,000 reports stored, one guess finds one of them with
 * probability 10^-12. The limits keep online guessing far below offline guessing of a stolen
 * database (one PBKDF2 of 600,000 iterations per guess) and let a person mistype a few times.
 *
 * Counted in this process's memory, in fixed windows: several instances behind a load balancer
 * each count their own (the limits multiply by their number, which the README says).
 */
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
export class FailureCounter {
  readonly #windows = new Map<string, { failures: number; endsAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly clock: () => number,
  ) {}

  /** Limited, or undefined when this key may still try. */
  check(key: string): Limited | undefined {
    const now = this.clock();
    const window = this.#windows.get(key);
    if (!window || window.endsAt <= now || window.failures < this.max) return undefined;
    return { retryAfterS: Math.ceil((window.endsAt - now) / 1000) };
  }

  fail(key: string): void {
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

/** The three limits together: per client address, per report id, and for everyone. */
export class ReceiptGuards {
  readonly #perClient: FailureCounter;
  readonly #perReport: FailureCounter;
  readonly #global: FailureCounter;

  constructor(limits: ReceiptLimits, clock: () => number) {
    const window = limits.receiptLimitWindowMs;
    this.#perClient = new FailureCounter(limits.receiptFailuresPerClient, window, clock);
    this.#perReport = new FailureCounter(limits.receiptFailuresPerReport, window, clock);
    this.#global = new FailureCounter(limits.receiptFailuresGlobal, window, clock);
  }

  /** Before a lookup: limited when this client, or everyone together, failed too often. */
  lookupLimited(client: string): Limited | undefined {
    return this.#perClient.check(client) ?? this.#global.check('all');
  }

  lookupFailed(client: string): void {
    this.#perClient.fail(client);
    this.#global.fail('all');
  }

  /**
   * Before an addition: limited when this client or this report id has had too many wrong append
   * keys. Counted by the id as sent, whether or not such a report exists, so that the 429 does
   * not tell which ids exist.
   */
  appendLimited(client: string, reportId: string): Limited | undefined {
    return this.#perClient.check(client) ?? this.#perReport.check(reportId);
  }

  appendFailed(client: string, reportId: string): void {
    this.#perClient.fail(client);
    this.#perReport.fail(reportId);
  }
}
