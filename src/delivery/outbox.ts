/**
 * The outbox: an answer counts as given once it is here. It POSTs each envelope on its own,
 * retries what may succeed later, buries what the server refuses, and never deletes an envelope
 * before its endpoint accepted it. See "Delivery, in detail" in the README.
 */
import { LEGACY_DB_NAME, SHARED_DB_NAME } from './outbox-names.js';
import { DAY_MS } from './clock.js';
import { pruneDeadLetters } from './dead-letters.js';
import { DurableFirstStorage } from './durable-first-storage.js';
import { checkEndpointUrl, type Endpoint } from './endpoint.js';
import { newId } from './ids.js';
import { IdbOutboxStorage } from './idb-storage.js';
import { reportError, warnOnce } from './log.js';
import type { Envelope } from '../schema/envelope.js';
import { LEASE_BUSY_RETRY_MS, runSendPass } from './send-pass.js';
import { SendState } from './send-state.js';
import { createSendingLock, type SendingLock } from './sending-lock.js';
import type { DeadLetter, OutboxStorage, PendingEnvelope } from './storage-types.js';
import { clampTimerDelay, withTimeLimit } from './timers.js';
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

export class Outbox extends (EventTarget as TypedEventTargetConstructor<OutboxEventMap>) {
  readonly dbName: string;
  private readonly deadLetterRetentionMs: number;
  private readonly owner = newId();
  private storage!: DurableFirstStorage;
  private lock!: SendingLock;
  private readonly ready: Promise<void>;
  private flushing: Promise<void> | null = null;
  private flushAgain = false;
  private allDue = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly state: SendState;
  private readonly abortListeners = new AbortController();

  constructor(private readonly options: OutboxOptions = {}) {
    super();
    this.dbName = options.dbName ?? SHARED_DB_NAME;
    this.deadLetterRetentionMs = options.deadLetterRetentionMs ?? 7 * DAY_MS;
    this.state = new SendState(options, this);
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
    this.state.disposed = true;
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
    const { id } = envelope;
    const checked = typeof endpoint === 'object' ? endpoint : checkEndpointUrl(endpoint);
    if (checked && !checked.ok) {
      this.state.sayOnce(`endpoint:${id}`, {
        code: 'invalid-endpoint',
        id,
        message: `endpoint ${checked.reason}; the answer is kept until a valid default endpoint is configured`,
      });
    }
    const stored = await this.storage.store({
      envelope,
      // A string is kept as the caller gave it (a relative one resolves when sent); a checked one resolved.
      endpoint: !checked?.ok ? null : typeof endpoint === 'string' ? endpoint : checked.url,
      attempts: 0,
      nextAttemptAt: 0,
      ageMs: 0,
      seenAt: Date.now(),
    });
    void this.flush();
    if (stored.durable || (this.options.storage && !('cause' in stored))) return { durable: stored.durable };
    const problem = `${
      'cause' in stored
        ? `IndexedDB refused the answer (${String(stored.cause)})`
        : 'IndexedDB cannot be used on this page'
    }; it is kept in memory until sent, and is lost if the page closes first`;
    this.state.emit('error', { code: 'storage-unavailable', id, message: problem });
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
    if (this.state.disposed) return Promise.resolve();
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
        const idb = new IdbOutboxStorage(this.dbName, this.options.legacyDbName ?? LEGACY_DB_NAME);
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
      this.state.requestTimeoutMs + 5_000,
      locks,
    );
  }

  private sayMemoryOnly(cause: unknown): void {
    warnOnce(
      'memory-outbox',
      `IndexedDB cannot be used (${String(cause)}); answers are kept in memory and are lost if this page closes before they are sent.`,
    );
    this.state.emit('error', {
      code: 'storage-unavailable',
      message: 'IndexedDB cannot be used; answers are kept in memory for this page only.',
    });
  }

  private onPageHiding(hiding: boolean): void {
    this.state.setPageHiding(hiding);
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
          wakeAt = await runSendPass(this.storage, this.state, allDue, stillHeld);
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
      } while (this.flushAgain && !this.state.disposed);
    } catch (error) {
      reportError('the outbox could not be read; trying again later.', error);
      wakeAt = Date.now() + this.state.backoff.baseMs;
    }
    this.scheduleFlush(wakeAt);
  }

  private scheduleFlush(wakeAt: number | undefined): void {
    clearTimeout(this.timer);
    if (wakeAt === undefined || this.state.disposed) return;
    this.timer = setTimeout(() => void this.flush(), clampTimerDelay(wakeAt - Date.now()));
  }
}
