import type { Outbox } from '../../src/delivery/outbox.js';

/** Every `type` event the outbox fires from now on, in order: read it after the fact. */
export function collect(outbox: Outbox, type: 'delivered' | 'error' | 'retry') {
  const seen: Array<Record<string, unknown>> = [];
  outbox.addEventListener(type, (e: Event) => seen.push((e as CustomEvent).detail));
  return seen;
}
