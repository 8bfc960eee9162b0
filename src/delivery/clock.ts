/**
 * Times on cheap tablets are wrong, and get corrected. What the outbox stores is bounded so that a
 * correction can neither expire an answer given minutes ago nor postpone a retry for days.
 */
import type { PendingEnvelope } from './storage-types.js';

export const DAY_MS = 24 * 60 * 60_000;
/** The most one look at an envelope can add to its age: a clock moved forward adds no more. */
export const MAX_AGE_STEP_MS = DAY_MS;
/** How stale `ageMs` may get before a pass writes it down (one write per envelope per hour). */
const AGE_WRITE_INTERVAL_MS = 60 * 60_000;

/** How long the outbox has seen the envelope wait, up to `now`. */
export function ageOf(item: PendingEnvelope, now: number): number {
  const since = item.seenAt ?? Date.parse(item.envelope.createdAt);
  return (item.ageMs ?? 0) + Math.min(MAX_AGE_STEP_MS, Math.max(0, now - since));
}

/**
 * The item with its times made sane for `now`, or undefined when they already are: the next
 * attempt no later than its own delay (or `maxDelayMs`) from now, the age brought up to date.
 */
export function normalizeTimes(
  item: PendingEnvelope,
  now: number,
  maxDelayMs: number,
): PendingEnvelope | undefined {
  const latest = now + (item.delayMs ?? maxDelayMs);
  const seenAt = item.seenAt ?? Number.NaN;
  const tooLate = item.nextAttemptAt > latest;
  const ageStale = !(seenAt <= now && now - seenAt < AGE_WRITE_INTERVAL_MS);
  if (!tooLate && !ageStale) return undefined;
  return {
    ...item,
    nextAttemptAt: Math.min(item.nextAttemptAt, latest),
    ageMs: ageOf(item, now),
    seenAt: now,
  };
}
