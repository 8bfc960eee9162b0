import { createStore, get } from 'idb-keyval';
import { MemoryOutboxStorage } from '../../src/delivery/outbox-storage.js';
import { Outbox, type OutboxOptions } from '../../src/delivery/outbox.js';
import { uniqueName } from './endpoint.js';

const started: Outbox[] = [];

/** An outbox with its own database and fast retries, disposed after the test. */
export function testOutbox(options: OutboxOptions = {}): Outbox {
  const outbox = new Outbox({
    dbName: uniqueName('palaute-test'),
    backoff: { baseMs: 40, maxMs: 160 },
    ...options,
  }).start();
  started.push(outbox);
  return outbox;
}

export function disposeTestOutboxes(): void {
  for (const outbox of started.splice(0)) outbox.dispose();
}

/** Reads IndexedDB directly, not through the outbox: what really is on disk. */
export function readStoredRecord(dbName: string, key: string): Promise<unknown> {
  return get(key, createStore(dbName, 'outbox'));
}

export { MemoryOutboxStorage };
