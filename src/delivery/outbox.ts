/**
 * The outbox: an answer counts as given once it is here. It POSTs each envelope on its own,
 * retries what may succeed later, buries what the server refuses, and never deletes an envelope
 * before its endpoint accepted it. See "Delivery semantics" in DESIGN.md.
 */
import { DEFAULT_BACKOFF, retryDelay, type BackoffOptions } from './backoff.js';
import { checkHttpUrl } from './http-url.js';
import type { PalauteDeliveredDetail, PalauteErrorDetail, PalauteRetryDetail } from './events.js';
import { newId } from './ids.js';
import { reportError, warnOnce } from './log.js';
import {
  IdbOutboxStorage,
  MemoryOutboxStorage,
  type DeadLetter,
  type OutboxStorage,
  type PendingEnvelope,
} from './outbox-storage.js';
import type { Envelope } from '../schema/envelope.js';
import { createSendingLock, type SendingLock, type StillHeld } from './sending-lock.js';
import { startSend, type Send } from './transport.js';
import type { TypedEventTargetConstructor } from './typed-event-target.js';

export interface OutboxOptions {
  /** IndexedDB database name. Default `palaute`. */
  dbName?: string;
  /** Envelopes older than this are dropped with an `expired` error. Default 30 days. */
  retentionMs?: number;
  /** A request with no answer after this is abandoned and retried. Default 15 s. */
  requestTimeoutMs?: number;
  backoff?: BackoffOptions;
  /** Endpoint for envelopes stored without a valid one of their own. */
  defaultEndpoint?: () => string | undefined;
  /** `null` forces the IndexedDB lease used where Web Locks are missing. */
  locks?: LockManager | null;
  /** Replaces IndexedDB, e.g. with MemoryOutboxStorage. */
  storage?: OutboxStorage;
}

export interface OutboxEventMap {
  delivered: CustomEvent<PalauteDeliveredDetail>;
  retry: CustomEvent<PalauteRetryDetail>;
  error: CustomEvent<PalauteErrorDetail>;
}

const DAY_MS = 24 * 60 * 60_000;
/** Lease mode: how soon a tab that found another one sending looks again (one IndexedDB read). */
const LEASE_BUSY_RETRY_MS = 1_000;

export class Outbox extends (EventTarget as TypedEventTargetConstructor<OutboxEventMap>) {
  readonly dbName: string;
  private readonly retentionMs: number;
  private readonly requestTimeoutMs: number;
  private readonly backoff: BackoffOptions;
  private readonly leaseTtlMs: number;
  private readonly owner = newId();
  private storage: OutboxStorage | undefined;
  private lock: SendingLock | undefined;
  private readonly ready: Promise<void>;
  private flushing: Promise<void> | null = null;
  private flushAgain = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pageHiding = false;
  private sending: Send | undefined;
  private disposed = false;
  private readonly abortListeners = new AbortController();

  constructor(private readonly options: OutboxOptions = {}) {
    super();
    this.dbName = options.dbName ?? 'palaute';
    this.retentionMs = options.retentionMs ?? 30 * DAY_MS;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.leaseTtlMs = this.requestTimeoutMs + 5_000;
    this.ready = this.openStorage();
  }

  /** Listens for the moments to send (online, page hidden, back from the bfcache) and flushes now. */
  start(): this {
    const signal = this.abortListeners.signal;
    // In a worker or in Node some of these targets are missing; the outbox still flushes on its timer.
    globalThis.addEventListener?.('online', () => void this.flush(), { signal });
    globalThis.addEventListener?.('pagehide', () => this.onPageHiding(true), { signal });
    globalThis.addEventListener?.('pageshow', () => this.onPageHiding(false), { signal });
    globalThis.document?.addEventListener(
      'visibilitychange',
      () => this.onPageHiding(document.visibilityState === 'hidden'),
      { signal },
    );
    void this.flush();
    return this;
  }

  /** Stops timers and listeners. Stored envelopes stay for the next instance. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.abortListeners.abort();
  }

  /** Whether answers survive the page (false after falling back to memory). */
  async isDurable(): Promise<boolean> {
    await this.ready;
    return this.storage!.durable;
  }

  /**
   * Stores the envelope durably, then starts sending. Resolves once stored.
   * `endpoint` is null when none valid is known yet; the default endpoint is used at send time.
   */
  async enqueue(envelope: Envelope, endpoint: string | null): Promise<void> {
    await this.ready;
    const item: PendingEnvelope = { envelope, endpoint, attempts: 0, nextAttemptAt: 0 };
    try {
      await this.storage!.putPending(item);
    } catch (error) {
      this.useMemory(error);
      await this.storage!.putPending(item);
    }
    void this.flush();
  }

  async pendingCount(): Promise<number> {
    return (await this.pending()).length;
  }

  async pending(): Promise<PendingEnvelope[]> {
    await this.ready;
    return this.storage!.listPending();
  }

  async deadLetters(): Promise<DeadLetter[]> {
    await this.ready;
    return this.storage!.listDead();
  }

  /** Queues dead letters again (all, or those with the given ids); resolves to how many. */
  async retryDeadLetters(ids?: readonly string[]): Promise<number> {
    const letters = (await this.deadLetters()).filter((l) => !ids || ids.includes(l.envelope.id));
    for (const { envelope, endpoint } of letters) {
      await this.storage!.revive(envelope.id, { envelope, endpoint, attempts: 0, nextAttemptAt: 0 });
    }
    if (letters.length > 0) void this.flush();
    return letters.length;
  }

  /** Sends everything due. Concurrent calls share one run, which repeats if asked meanwhile. */
  flush(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    clearTimeout(this.timer);
    this.flushing = this.runFlush().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async openStorage(): Promise<void> {
    if (this.options.storage) return this.setStorage(this.options.storage);
    try {
      if (typeof indexedDB === 'undefined') throw new Error('indexedDB is not defined');
      const idb = new IdbOutboxStorage(this.dbName);
      await idb.probe();
      this.setStorage(idb);
    } catch (error) {
      this.useMemory(error);
    }
  }

  private setStorage(storage: OutboxStorage): void {
    this.storage = storage;
    const locks =
      this.options.locks === null ? undefined : (this.options.locks ?? globalThis.navigator?.locks);
    this.lock = createSendingLock(
      `palaute-outbox:${this.dbName}`,
      storage,
      this.owner,
      this.leaseTtlMs,
      locks,
    );
  }

  private useMemory(cause: unknown): void {
    warnOnce(
      'memory-outbox',
      `IndexedDB cannot be used (${String(cause)}); answers are kept in memory and are lost if this page closes before they are sent.`,
    );
    this.emit('error', {
      code: 'storage-unavailable',
      message: 'IndexedDB cannot be used; answers are kept in memory for this page only.',
    });
    this.setStorage(new MemoryOutboxStorage());
  }

  private onPageHiding(hiding: boolean): void {
    this.pageHiding = hiding;
    // Sends started while the page is hidden, and the one under way, use keepalive: they outlive the page.
    if (hiding) this.sending?.switchToKeepalive();
    void this.flush();
  }

  private async runFlush(): Promise<void> {
    let wakeAt: number | undefined;
    try {
      await this.ready;
      do {
        this.flushAgain = false;
        const outcome = await this.lock!.run(async (stillHeld) => {
          wakeAt = await this.sendDue(stillHeld);
        });
        if (outcome === 'busy') wakeAt = Date.now() + LEASE_BUSY_RETRY_MS;
      } while (this.flushAgain && !this.disposed);
    } catch (error) {
      reportError('the outbox could not be read; trying again later.', error);
      wakeAt = Date.now() + this.backoff.baseMs;
    }
    this.scheduleFlush(wakeAt);
  }

  private scheduleFlush(wakeAt: number | undefined): void {
    clearTimeout(this.timer);
    if (wakeAt === undefined || this.disposed) return;
    this.timer = setTimeout(() => void this.flush(), Math.max(0, wakeAt - Date.now()));
  }

  /**
   * One pass over the pending envelopes, oldest first. Each endpoint is a FIFO queue: once its
   * oldest envelope waits for a retry, the later ones wait too, so a failing endpoint costs one
   * request per backoff step, not one per envelope. Returns when to try again, if ever.
   */
  private async sendDue(stillHeld: StillHeld): Promise<number | undefined> {
    const storage = this.storage!;
    const items = (await storage.listPending()).sort((a, b) =>
      a.envelope.createdAt.localeCompare(b.envelope.createdAt),
    );
    const waiting = new Set<string>();
    let wakeAt: number | undefined;
    const wakeNoLaterThan = (time: number) => (wakeAt = Math.min(wakeAt ?? time, time));

    for (const item of items) {
      if (this.disposed) break;
      const { id, createdAt } = item.envelope;
      if (Date.now() - Date.parse(createdAt) > this.retentionMs) {
        await storage.removePending(id);
        this.emit('error', {
          code: 'expired',
          id,
          message: `envelope ${id} was not delivered within the retention time and was dropped`,
        });
        continue;
      }
      const endpoint = item.endpoint ?? this.defaultEndpoint();
      if (!endpoint || waiting.has(endpoint)) continue;
      if (item.nextAttemptAt > Date.now()) {
        waiting.add(endpoint);
        wakeNoLaterThan(item.nextAttemptAt);
        continue;
      }
      if (!(await stillHeld())) {
        wakeNoLaterThan(Date.now() + LEASE_BUSY_RETRY_MS);
        break;
      }
      this.sending = startSend(endpoint, item.envelope, {
        keepalive: this.pageHiding,
        timeoutMs: this.requestTimeoutMs,
      });
      const result = await this.sending.outcome;
      this.sending = undefined;
      if (result.outcome === 'delivered') {
        await storage.removePending(id);
        this.emit('delivered', { id });
      } else if (result.outcome === 'rejected') {
        await storage.bury(id, {
          envelope: item.envelope,
          endpoint: item.endpoint,
          status: result.status,
          reason: result.reason,
          deadAt: Date.now(),
        });
        this.emit('error', {
          code: 'rejected',
          id,
          status: result.status,
          message: `${endpoint} refused envelope ${id} (${result.reason}); it was moved to the dead letters`,
        });
      } else {
        const attempts = item.attempts + 1;
        const nextAttemptAt = Date.now() + retryDelay(attempts, result.retryAfterMs, this.backoff);
        await storage.putPending({ ...item, attempts, nextAttemptAt, lastError: result.reason });
        waiting.add(endpoint);
        wakeNoLaterThan(nextAttemptAt);
        this.emit('retry', { id, attempt: attempts, nextAttemptAt, reason: result.reason });
      }
    }
    return wakeAt;
  }

  private defaultEndpoint(): string | undefined {
    const check = checkHttpUrl(this.options.defaultEndpoint?.());
    return check.ok ? check.url : undefined;
  }

  private emit<K extends keyof OutboxEventMap>(type: K, detail: OutboxEventMap[K]['detail']): void {
    if (!this.disposed) this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}
