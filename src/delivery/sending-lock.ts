/**
 * Only one tab at a time sends, so two tabs never POST the same envelope concurrently.
 * Web Locks where they exist (secure contexts); elsewhere a lease kept in the outbox's own
 * IndexedDB store, renewed before every request and expiring if its tab dies.
 */
import { warnOnce } from './log.js';
import type { OutboxStorage } from './outbox-storage.js';

/** Resolves true while the lock is still ours; a sender checks it before each request. */
export type StillHeld = () => Promise<boolean>;

export interface SendingLock {
  /** Runs `task` holding the lock; 'busy' when another holder keeps it (lease mode only). */
  run(task: (stillHeld: StillHeld) => Promise<void>): Promise<'ran' | 'busy'>;
}

export function createSendingLock(
  name: string,
  storage: OutboxStorage,
  owner: string,
  leaseTtlMs: number,
  locks: LockManager | undefined = globalThis.navigator?.locks,
): SendingLock {
  if (locks) {
    return {
      async run(task) {
        // Waiting (not ifAvailable): after the other holder is done, this tab re-reads the store
        // and finds only what is still pending.
        await locks.request(name, () => task(async () => true));
        return 'ran';
      },
    };
  }
  warnOnce(
    'locks-fallback',
    'navigator.locks is unavailable (not a secure context); tabs coordinate sending with a lease in IndexedDB.',
  );
  const stillHeld = () => storage.claimLease(owner, leaseTtlMs);
  return {
    async run(task) {
      if (!(await stillHeld())) return 'busy';
      try {
        await task(stillHeld);
      } finally {
        await storage.releaseLease(owner);
      }
      return 'ran';
    },
  };
}
