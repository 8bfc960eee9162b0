/** Timers that hold what they are given. */

import { MAX_TIMER_DELAY_MS } from './timer-limit.js';

export function clampTimerDelay(ms: number): number {
  return Math.min(MAX_TIMER_DELAY_MS, Math.max(0, ms));
}

/** `work`, or a TimeoutError after `ms`: for browser APIs known to hang (Safari's indexedDB.open). */
export function withTimeLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')),
      clampTimerDelay(ms),
    );
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
