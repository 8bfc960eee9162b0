/**
 * The code that stores an answer (store-envelope.ts: the early write into IndexedDB and the
 * sender's loader) is not needed to draw a widget (issue 24). It loads at the first touch or focus
 * in a widget, or with the sender once the page is idle, whichever comes first; a tap waits for it.
 */
import type { Endpoint } from '../delivery/endpoint.js';
import type { Outbox, Stored } from '../delivery/outbox.js';
import { whenIdle } from '../delivery/when-idle.js';
import type { Envelope } from '../schema/envelope.js';
import type { DeliveryHost } from './delivery-controller.js';

type StoringCode = typeof import('./store-envelope.js');

let loading: Promise<StoringCode> | undefined;

/** The storing code, fetched once; after a failed fetch (offline, never cached) the next call tries again. */
export function loadStoringCode(): Promise<StoringCode> {
  loading ??= import('./store-envelope.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Starts the page's sender once the page has rendered and the browser is idle (sender-start.ts). */
export function startSenderWhenIdle(): void {
  whenIdle(
    () =>
      void loadStoringCode().then(
        (code) => code.startSenderIfWaiting(),
        () => undefined,
      ),
  );
}

/**
 * Stores `envelope` (store-envelope.ts). Where the storing code cannot be fetched (the browser went
 * offline before it had loaded), the answer waits in this page's memory and is stored once the
 * browser is back online, and the widget says so: never lost without a word.
 */
export async function storeEnvelopeWhenLoaded(
  envelope: Envelope,
  endpoint: Endpoint | null,
  own: Outbox | undefined,
  host: DeliveryHost,
): Promise<Stored> {
  const store = (code: StoringCode) => code.storeEnvelope(envelope, endpoint, own, host);
  let code: StoringCode;
  try {
    code = await loadStoringCode();
  } catch {
    const retry = () =>
      void loadStoringCode().then(store, () => addEventListener('online', retry, { once: true }));
    addEventListener('online', retry, { once: true });
    return {
      durable: false,
      problem:
        "the code that stores answers could not be loaded: the answer is kept in this page's memory and stored when the browser is back online",
    };
  }
  return store(code);
}
