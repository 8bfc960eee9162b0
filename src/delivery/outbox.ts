/**
 * The outbox: an answer counts as given once it is here. It POSTs each envelope on its own,
 * retries what may succeed later, buries what the server refuses, and never deletes an envelope
 * before its endpoint accepted it. See "Delivery, in detail" in the README.
 */
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import { pruneDeadLetters } from './dead-letters.js';
import { DurableFirstStorage } from './durable-first-storage.js';
import { checkEndpointUrl, type Endpoint } from './endpoint.js';
import { newId } from './ids.js';
import { IdbOutboxStorage } from './idb-storage.js';
import { reportError, warnOnce } from './log.js';
import type { Envelope } from '../schema/envelope.js';
import { LEASE_BUSY_RETRY_MS, runSendPass } from './send-pass.js';
import { createSendingLock, type SendingLock } from './sending-lock.js';
import type { DeadLetter, OutboxStorage, PendingEnvelope } from './storage-types.js';
import { clampTimerDelay, withTimeLimit } from './timers.js';
import type { Send } from './transport.js';
import type { TypedEventTargetConstructor } from './typed-event-target.js';
import type { OutboxEventMap, OutboxOptions } from './outbox-options.js';

export type { OutboxEventMap, OutboxOptions } from './outbox-options.js';

/** What `enqueue` did with the answer. */
export interface Stored {
  /** True when the answer is in IndexedDB; false when it lives in this page's memory only. */
  durable: boolean;
  /**
   * Why not durable, when IndexedDB was meant to keep it (not for a memory storage chosen by the
   * site): the message of the `storage-unavailable` error the outbox fired for it.
   */
  problem?: string;
}

const DAY_MS = 24 * 60 * 60_000;

export class Outbox extends (EventTarget as TypedEventTargetConstructor<OutboxEventMap>) {
  readonly dbName: string;
  private readonly retentionMs: number;
  private readonly deadLetterRetentionMs: number;
  private readonly requestTimeoutMs: number;
  private readonly backoff: BackoffOptions;
  private readonly owner = newId();
  private storage!: DurableFirstStorage;
  private lock!: SendingLock;
  private readonly ready: Promise<void>;
  private flushing: Promise<void> | null = null;
  private flushAgain = false;
  private allDue = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pageHiding = false;
  private readonly sending = new Set<Send>();
  private readonly failing = new Set<string>();
  private readonly reported = new Set<string>();
  private disposed = false;
  private readonly abortListeners = new AbortController();

  constructor(private readonly options: OutboxOptions = {}) {
    super();
    this.dbName = options.dbName ?? 'palaute-outbox';
    this.retentionMs = options.retentionMs ?? 30 * DAY_MS;
    this.deadLetterRetentionMs = options.deadLetterRetentionMs ?? 7 * DAY_MS;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.ready = this.openStorage();
  }

  /** Listens for the moments to send (online, page hidden, back from the bfcache) and flushes now. */
  start(): this {
    const signal = this.abortListeners.signal;
    // In a worker or in Node some of these targets are missing; the outbox still flushes on its timer.
    globalThis.addEventListener?.('online', () => this.flushEverything(), { signal });
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

  /** Whether new answers go to IndexedDB (false when it could not be opened). */
  async isDurable(): Promise<boolean> {
    await this.ready;
    return this.storage.durable;
  }

  /**
   * Stores the envelope, then starts sending. Resolves once stored, saying whether durably: a write
   * IndexedDB refuses keeps that answer in memory (with a `storage-unavailable` error), and the
   * next answer tries IndexedDB again. `endpoint` is null when none valid is known yet: the default
   * endpoint is used at send time; a string no browser can fetch is reported and treated as null.
   * One checked already (an `Endpoint`) is taken as it is.
   */
  async enqueue(envelope: Envelope, endpoint: Endpoint | string | null): Promise<Stored> {
    await this.ready;
    const now = Date.now();
    const checked = typeof endpoint === 'object' ? endpoint : checkEndpointUrl(endpoint);
    if (checked && !checked.ok) {
      this.reported.add(`endpoint:${envelope.id}`);
      this.emit('error', {
        code: 'invalid-endpoint',
        id: envelope.id,
        message: `endpoint ${checked.reason}; the answer is kept until a valid default endpoint is configured`,
      });
    }
    const item: PendingEnvelope = {
      envelope,
      // A string is kept as the caller gave it (a relative one resolves when sent); a checked one resolved.
      endpoint: !checked?.ok ? null : typeof endpoint === 'string' ? endpoint : checked.url,
      attempts: 0,
      nextAttemptAt: 0,
      ageMs: 0,
      seenAt: now,
    };
    const stored = await this.storage.store(item);
    void this.flush();
    if (stored.durable || (this.options.storage && !('cause' in stored))) return { durable: stored.durable };
    const problem = `${
      'cause' in stored
        ? `IndexedDB refused the answer (${String(stored.cause)})`
        : 'IndexedDB cannot be used on this page'
    }; it is kept in memory until sent, and is lost if the page closes first`;
    this.emit('error', { code: 'storage-unavailable', id: envelope.id, message: problem });
    return { durable: false, problem };
  }

  async pendingCount(): Promise<number> {
    return (await this.pending()).length;
  }

  async pending(): Promise<PendingEnvelope[]> {
    await this.ready;
    return this.storage.listPending();
  }

  /** Envelopes the endpoint refused, kept for `deadLetterRetentionMs` (default 7 days). */
  async deadLetters(): Promise<DeadLetter[]> {
    await this.ready;
    return this.storage.listDead();
  }

  /** Deletes dead letters (all, or those with the given ids); resolves to how many. */
  async clearDeadLetters(ids?: readonly string[]): Promise<number> {
    const letters = (await this.deadLetters()).filter((l) => !ids || ids.includes(l.envelope.id));
    await this.storage.removeDead(letters.map((l) => l.envelope.id));
    return letters.length;
  }

  /** Queues dead letters again (all, or those with the given ids); resolves to how many. */
  async retryDeadLetters(ids?: readonly string[]): Promise<number> {
    const letters = (await this.deadLetters()).filter((l) => !ids || ids.includes(l.envelope.id));
    for (const { envelope, endpoint } of letters) {
      await this.storage.revive(envelope.id, {
        envelope,
        endpoint,
        attempts: 0,
        nextAttemptAt: 0,
        ageMs: 0,
        seenAt: Date.now(),
      });
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

  /** Sends everything waiting now, whatever its backoff says: the network is back. */
  private flushEverything(): void {
    this.allDue = true;
    void this.flush();
  }

  private async openStorage(): Promise<void> {
    let primary: OutboxStorage | undefined = this.options.storage;
    if (!primary) {
      try {
        if (typeof indexedDB === 'undefined') throw new Error('indexedDB is not defined');
        const idb = new IdbOutboxStorage(this.dbName, this.options.legacyDbName ?? 'palaute');
        await withTimeLimit(idb.probe(), this.options.storageTimeoutMs ?? 3_000);
        primary = idb;
      } catch (error) {
        this.sayMemoryOnly(error);
      }
    }
    this.storage = new DurableFirstStorage(primary, (error) =>
      reportError('IndexedDB could not be read; sending what is in memory.', error),
    );
    const locks =
      this.options.locks === null ? undefined : (this.options.locks ?? globalThis.navigator?.locks);
    this.lock = createSendingLock(
      `palaute-outbox:${this.dbName}`,
      this.storage,
      this.owner,
      this.requestTimeoutMs + 5_000,
      locks,
    );
  }

  private sayMemoryOnly(cause: unknown): void {
    warnOnce(
      'memory-outbox',
      `IndexedDB cannot be used (${String(cause)}); answers are kept in memory and are lost if this page closes before they are sent.`,
    );
    this.emit('error', {
      code: 'storage-unavailable',
      message: 'IndexedDB cannot be used; answers are kept in memory for this page only.',
    });
  }

  private onPageHiding(hiding: boolean): void {
    this.pageHiding = hiding;
    // Sends started while the page is hidden, and those under way, use keepalive: they outlive the page.
    if (hiding) for (const send of this.sending) send.switchToKeepalive();
    void this.flush();
  }

  private async runFlush(): Promise<void> {
    let wakeAt: number | undefined;
    try {
      await this.ready;
      do {
        this.flushAgain = false;
        const allDue = this.allDue;
        this.allDue = false;
        const outcome = await this.lock.run(async (stillHeld) => {
          wakeAt = await runSendPass({
            storage: this.storage,
            retentionMs: this.retentionMs,
            requestTimeoutMs: this.requestTimeoutMs,
            backoff: this.backoff,
            allDue,
            failing: this.failing,
            reported: this.reported,
            stillHeld,
            defaultEndpoint: () => this.defaultEndpoint(),
            pageHiding: () => this.pageHiding,
            track: (send) => (this.sending.add(send), () => this.sending.delete(send)),
            disposed: () => this.disposed,
            emit: (type, detail) => this.emit(type, detail),
          });
          // Dead letters and records set aside may hold what a person wrote: kept as long as each other.
          for (const prune of [
            () => pruneDeadLetters(this.storage, this.deadLetterRetentionMs),
            () => this.storage.pruneQuarantine(this.deadLetterRetentionMs),
          ]) {
            const due = await prune();
            if (due !== undefined) wakeAt = Math.min(wakeAt ?? due, due);
          }
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
    this.timer = setTimeout(() => void this.flush(), clampTimerDelay(wakeAt - Date.now()));
  }

  private defaultEndpoint(): string | undefined {
    const check = checkEndpointUrl(this.options.defaultEndpoint?.());
    return check.ok ? check.url : undefined;
  }

  private emit<K extends keyof OutboxEventMap>(type: K, detail: OutboxEventMap[K]['detail']): void {
    if (!this.disposed) this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}
