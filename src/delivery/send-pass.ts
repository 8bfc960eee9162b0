/**
 * One pass over the pending envelopes while holding the sending lock. Every envelope has its own
 * schedule (order is not part of the contract), so one the server keeps failing holds back no
 * other; a few are sent at once. After failures, the first 2xx from an endpoint makes everything
 * waiting for it due at once, as coming back online does for everything.
 */
import { retryDelay } from './backoff.js';
import { ageOf, normalizeTimes } from './clock.js';
import type { PalauteErrorDetail } from './events.js';
import { reportError } from './log.js';
import { checkPendingRecord } from './pending-record.js';
import type { SendState } from './send-state.js';
import type { StillHeld } from './sending-lock.js';
import type { OutboxStorage, PendingEnvelope } from './storage-types.js';

/**
 * Browsers open six connections per host. More in flight would wait inside the browser with their
 * request timeout already running, and time out unsent behind a slow endpoint.
 */
const CONCURRENCY = 6;
/** Lease mode: how soon a tab that found another one sending looks again (one IndexedDB read). */
export const LEASE_BUSY_RETRY_MS = 1_000;

/**
 * Runs the pass; resolves to when the next one is needed, if ever. What it does beyond `storage`
 * goes through `state`, the outbox's send state. `allDue`: everything waiting is due now (the
 * browser came back online).
 */
export async function runSendPass(
  storage: OutboxStorage,
  state: SendState,
  allDue: boolean,
  stillHeld: StillHeld,
): Promise<number | undefined> {
  const { retentionMs, backoff } = state;
  const handled = new Set<string>();
  const recovered = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  /** Deletes of delivered envelopes: a connection is free for the next send before they commit. */
  const removals: Array<Promise<void>> = [];
  let wakeAt: number | undefined;
  const wakeNoLaterThan = (time: number) => (wakeAt = Math.min(wakeAt ?? time, time));
  let lockLost = false;

  const sendOne = async (item: PendingEnvelope, endpoint: string) => {
    const result = await state.send(item, endpoint);
    const { id } = item.envelope;
    if (result.outcome === 'delivered') {
      if (state.failing.delete(endpoint) || item.attempts > 0) recovered.add(endpoint);
      const removal = storage.removePending(id).then(
        () => state.emit('delivered', { id }),
        (error: unknown) =>
          reportError(`envelope ${id} was delivered but could not be deleted; it may be sent again.`, error),
      );
      removals.push(removal);
    } else if (result.outcome === 'rejected') {
      await storage.bury(id, {
        envelope: item.envelope,
        endpoint: item.endpoint,
        status: result.status,
        reason: result.reason,
        deadAt: Date.now(),
      });
      state.emit('error', {
        code: 'rejected',
        id,
        status: result.status,
        message: `${endpoint} refused envelope ${id} (${result.reason}); it was moved to the dead letters`,
      });
    } else {
      state.failing.add(endpoint);
      const now = Date.now();
      const attempts = item.attempts + 1;
      const delayMs = retryDelay(attempts, result.retryAfterMs, backoff);
      const nextAttemptAt = now + delayMs;
      const ageMs = ageOf(item, now);
      await storage.putPending({
        ...item,
        attempts,
        nextAttemptAt,
        delayMs,
        ageMs,
        seenAt: now,
        lastError: result.reason,
      });
      wakeNoLaterThan(nextAttemptAt);
      if (result.redirected) state.sayOnce(`redirect:${id}`, redirectedError(endpoint, id, result.status));
      state.emit('retry', { id, attempt: attempts, nextAttemptAt, reason: result.reason });
    }
  };

  try {
    for (;;) {
      let started = 0;
      const records = await storage.listPendingRecords();
      for (const { key, value } of records) {
        if (handled.has(key) || state.disposed || lockLost) continue;
        const checked = checkPendingRecord(key, value);
        if (typeof checked === 'string') {
          handled.add(key);
          await storage.quarantine(key);
          state.sayOnce(`quarantine:${key}`, {
            code: 'quarantined',
            message: `the outbox record "${key}" was set aside unsent: ${checked}`,
          });
          continue;
        }
        const now = Date.now();
        const item = normalizeTimes(checked, now, backoff.maxMs) ?? checked;
        if (item !== checked) await storage.putPending(item);
        const { id } = item.envelope;
        if (ageOf(item, now) > retentionMs) {
          handled.add(key);
          await storage.removePending(id);
          state.emit('error', {
            code: 'expired',
            id,
            message: `envelope ${id} was not delivered within the retention time and was dropped`,
          });
          continue;
        }
        const endpoint = state.endpointOf(item);
        if (!endpoint) continue;
        if (!allDue && !recovered.has(endpoint) && item.nextAttemptAt > now) {
          wakeNoLaterThan(item.nextAttemptAt);
          continue;
        }
        handled.add(key);
        while (inFlight.size >= (state.pageHiding ? 1 : CONCURRENCY)) await Promise.race(inFlight);
        if (state.disposed) break;
        if (!(await stillHeld())) {
          lockLost = true;
          wakeNoLaterThan(Date.now() + LEASE_BUSY_RETRY_MS);
          break;
        }
        const sending: Promise<void> = sendOne(item, endpoint)
          .catch((error: unknown) => {
            reportError(`envelope ${id} could not be updated after sending; it stays pending.`, error);
            wakeNoLaterThan(Date.now() + backoff.baseMs);
          })
          .finally(() => inFlight.delete(sending));
        inFlight.add(sending);
        started += 1;
      }
      if (inFlight.size === 0 && (started === 0 || lockLost || state.disposed)) break;
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
