import { writePendingEarly } from '../delivery/early-write.js';
import type { Endpoint } from '../delivery/endpoint.js';
import type { Outbox, Stored } from '../delivery/outbox.js';
import { loadSender, loadedSender, whenSenderLoads } from '../delivery/sender.js';
import type { Envelope } from '../schema/envelope.js';
import { followerOf, type DeliveryController, type DeliveryHost } from './delivery-controller.js';

export { startSenderIfWaiting } from '../delivery/sender-start.js';

/**
 * Stores a widget's envelope in `own` (the outbox the site gave) or the page's shared outbox, and
 * has `host`'s delivery controller follow it. Before the sender's code has loaded (at idle only where something waits: sender-start.ts), a
 * tap does not wait for it: the envelope is written straight into IndexedDB, where the sender finds
 * it, and the sender is asked to load now. Where that write fails, the sender stores it as
 * always (in memory, saying so); where the sender cannot load either (offline, its file not
 * cached), the answer waits in this page's memory for it, and the widget says so: never lost
 * without a word.
 */
export async function storeEnvelope(
  envelope: Envelope,
  endpoint: Endpoint | null,
  own: Outbox | undefined,
  host: DeliveryHost,
): Promise<Stored> {
  const delivery = followerOf(host);
  const ready = own ?? loadedSender();
  if (!ready) {
    try {
      await writePendingEarly({
        envelope,
        endpoint: endpoint?.url ?? null,
        attempts: 0,
        nextAttemptAt: 0,
        ageMs: 0,
        seenAt: Date.now(),
      });
      delivery.track(envelope.id);
      // Followed once the sender has loaded, whenever that is: asked for now, not at idle; where it
      // cannot load yet (offline, its file not fetched) loadSender says so and tries again online.
      whenSenderLoads((outbox) => {
        delivery.attach(outbox);
        void outbox.flush();
      });
      loadSender().catch(() => undefined);
      return { durable: true };
    } catch {
      // IndexedDB refused the early write: the sender tries again, and keeps it in memory if it must.
    }
  }
  let outbox: Outbox;
  try {
    outbox = ready ?? (await loadSender());
  } catch {
    return keptUntilSenderLoads(envelope, endpoint, delivery);
  }
  const stored = await outbox.enqueue(envelope, endpoint);
  delivery.follow(outbox, envelope.id);
  return stored;
}

/** Neither IndexedDB nor the sender took the envelope: memory, handed over when the sender loads. */
function keptUntilSenderLoads(
  envelope: Envelope,
  endpoint: Endpoint | null,
  delivery: DeliveryController,
): Stored {
  delivery.track(envelope.id);
  whenSenderLoads((outbox) => {
    delivery.attach(outbox);
    void outbox.enqueue(envelope, endpoint);
  });
  return {
    durable: false,
    problem:
      "IndexedDB refused the answer and the sender could not load: kept in this page's memory until it loads",
  };
}
