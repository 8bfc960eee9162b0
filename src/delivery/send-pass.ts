/**
 * One pass over the pending envelopes while holding the sending lock. Every envelope has its own
 * schedule (order is not part of the contract), so one the server keeps failing holds back no
 * other; a few are sent at once. After failures, the first 2xx from an endpoint makes everything
 * waiting for it due at once, as coming back online does for everything.
 */
import { retryDelay, type BackoffOptions } from './backoff.js';
import { ageOf, normalizeTimes } from './clock.js';
import { checkEndpointUrl } from './endpoint.js';
import type { PalauteErrorDetail } from './events.js';
import { reportError } from './log.js';
import type { OutboxEventMap } from './outbox-options.js';
import { checkPendingRecord } from './pending-record.js';
import type { StillHeld } from './sending-lock.js';
import type { OutboxStorage, PendingEnvelope } from './storage-types.js';
import { startSend, type Send } from './transport.js';

/**
 * Browsers open six connections per host. More in flight would wait inside the browser with their
 * request timeout already running, and time out unsent behind a slow endpoint.
 */
const CONCURRENCY = 6;
/** Lease mode: how soon a tab that found another one sending looks again (one IndexedDB read). */
export const LEASE_BUSY_RETRY_MS = 1_000;

export interface PassContext {
  storage: OutboxStorage;
  retentionMs: number;
  requestTimeoutMs: number;
  backoff: BackoffOptions;
  /** Everything waiting is due now (the browser came back online). */
  allDue: boolean;
  /** Endpoints whose last answer was a failure, kept across passes. */
  failing: Set<string>;
  /** Problems already reported, by key: each is said once. */
  reported: Set<string>;
  stillHeld: StillHeld;
  defaultEndpoint(): string | undefined;
  /** Sends of a hidden page use keepalive, one at a time (keepalive bodies share a 64 KiB quota). */
  pageHiding(): boolean;
  /** Registers a send under way, so the page hiding can switch it to keepalive; returns its removal. */
  track(send: Send): () => void;
  disposed(): boolean;
  emit<K extends keyof OutboxEventMap>(type: K, detail: OutboxEventMap[K]['detail']): void;
}

/** Runs the pass; resolves to when the next one is needed, if ever. */
export async function runSendPass(ctx: PassContext): Promise<number | undefined> {
  const handled = new Set<string>();
  const recovered = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  /** Deletes of delivered envelopes: a connection is free for the next send before they commit. */
  const removals: Array<Promise<void>> = [];
  let wakeAt: number | undefined;
  const wakeNoLaterThan = (time: number) => (wakeAt = Math.min(wakeAt ?? time, time));
  let lockLost = false;

  const sendOne = async (item: PendingEnvelope, endpoint: string) => {
    const send = startSend(endpoint, item.envelope, {
      keepalive: ctx.pageHiding(),
      timeoutMs: ctx.requestTimeoutMs,
    });
    const untrack = ctx.track(send);
    const result = await send.outcome;
    untrack();
    const { id } = item.envelope;
    if (result.outcome === 'delivered') {
      if (ctx.failing.delete(endpoint) || item.attempts > 0) recovered.add(endpoint);
      const removal = ctx.storage.removePending(id).then(
        () => ctx.emit('delivered', { id }),
        (error: unknown) =>
          reportError(`envelope ${id} was delivered but could not be deleted; it may be sent again.`, error),
      );
      removals.push(removal);
    } else if (result.outcome === 'rejected') {
      await ctx.storage.bury(id, {
        envelope: item.envelope,
        endpoint: item.endpoint,
        status: result.status,
        reason: result.reason,
        deadAt: Date.now(),
      });
      ctx.emit('error', {
        code: 'rejected',
        id,
        status: result.status,
        message: `${endpoint} refused envelope ${id} (${result.reason}); it was moved to the dead letters`,
      });
    } else {
      ctx.failing.add(endpoint);
      const now = Date.now();
      const attempts = item.attempts + 1;
      const delayMs = retryDelay(attempts, result.retryAfterMs, ctx.backoff);
      const nextAttemptAt = now + delayMs;
      const ageMs = ageOf(item, now);
      await ctx.storage.putPending({
        ...item,
        attempts,
        nextAttemptAt,
        delayMs,
        ageMs,
        seenAt: now,
        lastError: result.reason,
      });
      wakeNoLaterThan(nextAttemptAt);
      if (result.redirected) reportOnce(ctx, `redirect:${id}`, redirectedError(endpoint, id, result.status));
      ctx.emit('retry', { id, attempt: attempts, nextAttemptAt, reason: result.reason });
    }
  };

  try {
    for (;;) {
      let started = 0;
      const records = await ctx.storage.listPendingRecords();
      for (const { key, value } of records) {
        if (handled.has(key) || ctx.disposed() || lockLost) continue;
        const checked = checkPendingRecord(key, value);
        if (typeof checked === 'string') {
          handled.add(key);
          await ctx.storage.quarantine(key);
          reportOnce(ctx, `quarantine:${key}`, {
            code: 'quarantined',
            message: `the outbox record "${key}" was set aside unsent: ${checked}`,
          });
          continue;
        }
        const now = Date.now();
        const item = normalizeTimes(checked, now, ctx.backoff.maxMs) ?? checked;
        if (item !== checked) await ctx.storage.putPending(item);
        const { id } = item.envelope;
        if (ageOf(item, now) > ctx.retentionMs) {
          handled.add(key);
          await ctx.storage.removePending(id);
          ctx.emit('error', {
            code: 'expired',
            id,
            message: `envelope ${id} was not delivered within the retention time and was dropped`,
          });
          continue;
        }
        const endpoint = endpointOf(ctx, item);
        if (!endpoint) continue;
        if (!ctx.allDue && !recovered.has(endpoint) && item.nextAttemptAt > now) {
          wakeNoLaterThan(item.nextAttemptAt);
          continue;
        }
        handled.add(key);
        while (inFlight.size >= (ctx.pageHiding() ? 1 : CONCURRENCY)) await Promise.race(inFlight);
        if (ctx.disposed()) break;
        if (!(await ctx.stillHeld())) {
          lockLost = true;
          wakeNoLaterThan(Date.now() + LEASE_BUSY_RETRY_MS);
          break;
        }
        const sending: Promise<void> = sendOne(item, endpoint)
          .catch((error: unknown) => {
            reportError(`envelope ${id} could not be updated after sending; it stays pending.`, error);
            wakeNoLaterThan(Date.now() + ctx.backoff.baseMs);
          })
          .finally(() => inFlight.delete(sending));
        inFlight.add(sending);
        started += 1;
      }
      if (inFlight.size === 0 && (started === 0 || lockLost || ctx.disposed())) break;
      // A send finished: answers given meanwhile, or a recovery, may have made more due.
      if (inFlight.size > 0) await Promise.race(inFlight);
    }
  } finally {
    // Never give up the lock with a send under way: another tab would send the same envelope.
    await Promise.allSettled(inFlight);
    await Promise.allSettled(removals);
  }
  return wakeAt;
}

/** The item's own endpoint if a browser can fetch it (said once if not), else the default. */
function endpointOf(ctx: PassContext, item: PendingEnvelope): string | undefined {
  if (item.endpoint !== null) {
    const own = checkEndpointUrl(item.endpoint);
    if (own.ok) return own.url;
    reportOnce(ctx, `endpoint:${item.envelope.id}`, {
      code: 'invalid-endpoint',
      id: item.envelope.id,
      message: `envelope ${item.envelope.id} cannot be sent to its endpoint: ${own.reason}; it waits for a valid default endpoint`,
    });
  }
  return ctx.defaultEndpoint();
}

function redirectedError(endpoint: string, id: string, status: number | undefined): PalauteErrorDetail {
  return {
    code: 'redirected',
    id,
    ...(status ? { status } : {}),
    message:
      `${endpoint} answered envelope ${id} with a redirect, which is never taken as delivery; ` +
      'this usually means a wrong endpoint URL or a login page in front of it. The envelope stays pending and is retried.',
  };
}

function reportOnce(ctx: PassContext, key: string, detail: PalauteErrorDetail): void {
  if (ctx.reported.has(key)) return;
  ctx.reported.add(key);
  ctx.emit('error', detail);
}
