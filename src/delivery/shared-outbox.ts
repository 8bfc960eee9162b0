/** The page's shared outbox, started the first time anything asks for it. */
import { getConfig, onConfigChange } from './configure.js';
import { Outbox } from './outbox.js';

let shared: Outbox | undefined;

export function getOutbox(): Outbox {
  if (!shared) {
    const outbox = new Outbox({ defaultEndpoint: () => getConfig().endpoint });
    shared = outbox.start();
    // A newly configured endpoint may be what envelopes without one were waiting for.
    onConfigChange(() => void outbox.flush());
  }
  return shared;
}
