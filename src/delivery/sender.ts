/**
 * The sender (the outbox's schedules, lock, transport, dead letters, retention, migration) loads
 * after the first render, not before it: drawing a question needs none of it, and a tap needs
 * only a durable write (early-write.ts). It still starts on every page that loads Palaute, so
 * that answers an earlier visit left are sent.
 */
import type { Outbox } from './outbox.js';
import { warnOnce } from './log.js';

let loading: Promise<Outbox> | undefined;
let loaded: Outbox | undefined;
/** Handed to the sender when it loads: what neither IndexedDB nor the sender could take yet. */
const waiting: ((outbox: Outbox) => void)[] = [];

/** The page's shared outbox, its code loaded first where it has not been. */
export function loadSender(): Promise<Outbox> {
  loading ??= import('./shared-outbox.js').then(
    (sender) => {
      loaded = sender.getOutbox();
      for (const handOver of waiting.splice(0)) handOver(loaded);
      return loaded;
    },
    (error: unknown) => {
      // Offline with the code not cached: what is stored waits in IndexedDB; try again when online.
      loading = undefined;
      warnOnce('sender-load', `the sender could not be loaded (${String(error)}); stored answers wait.`);
      addEventListener('online', () => void loadSender().catch(() => undefined), { once: true });
      throw error;
    },
  );
  return loading;
}

/**
 * Runs `handOver` with the sender once it has loaded (at once if it has), however many tries that
 * takes: a widget follows an answer stored before the sender was there (store-envelope.ts).
 */
export function whenSenderLoads(handOver: (outbox: Outbox) => void): void {
  if (loaded) handOver(loaded);
  else waiting.push(handOver);
}

/** The shared outbox if its code has loaded here, else undefined (nothing is loaded by asking). */
export function loadedSender(): Outbox | undefined {
  return loaded;
}
