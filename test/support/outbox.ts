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

/** Writes straight into the outbox's IndexedDB store: records an older version or a stranger left. */
export async function writeStoredRecord(dbName: string, key: string, value: unknown): Promise<void> {
  const { set } = await import('idb-keyval');
  await set(key, value, createStore(dbName, 'outbox'));
}

/** Replaces a prototype method for the length of `run`, then puts the original back. */
export async function withReplaced<T extends object, R>(
  proto: T,
  name: keyof T & string,
  replacement: (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown,
  run: () => Promise<R>,
): Promise<R> {
  const original = Object.getOwnPropertyDescriptor(proto, name)!;
  Object.defineProperty(proto, name, {
    configurable: true,
    writable: true,
    value: replacement(original.value as (...args: unknown[]) => unknown),
  });
  try {
    return await run();
  } finally {
    Object.defineProperty(proto, name, original);
  }
}

/** IndexedDB refuses the first `count` writes made during `run`, as a full disk does. */
export function refusingWrites<R>(count: number, run: () => Promise<R>): Promise<R> {
  let failures = count;
  return withReplaced(
    IDBObjectStore.prototype,
    'put',
    (put) =>
      function (this: IDBObjectStore, ...args: unknown[]) {
        if (failures-- > 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      },
    run,
  );
}

/** Moves `Date.now()` (and `new Date()`) by `offsetMs` for the length of `run`, as a corrected device clock does. */
export async function withClockMoved<R>(offsetMs: number, run: () => Promise<R>): Promise<R> {
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  class MovedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(realNow() + offsetMs);
      else super(...(args as [string]));
    }
    static override now(): number {
      return realNow() + offsetMs;
    }
  }
  globalThis.Date = MovedDate as DateConstructor;
  try {
    return await run();
  } finally {
    globalThis.Date = RealDate;
  }
}

/**
 * Every record of every store of database `dbName`, read raw (not through idb-keyval or the
 * outbox), with their keys: what anyone with the device's storage could read.
 */
export async function readEveryStore(
  dbName: string,
): Promise<Array<{ store: string; key: unknown; value: unknown }>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const stores = [...db.objectStoreNames];
    if (stores.length === 0) return [];
    const transaction = db.transaction(stores, 'readonly');
    const read = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const records = await Promise.all(
      stores.map(async (store) => {
        const keys = await read(transaction.objectStore(store).getAllKeys());
        const values = await read(transaction.objectStore(store).getAll());
        return keys.map((key, index) => ({ store, key, value: values[index] }));
      }),
    );
    return records.flat();
  } finally {
    db.close();
  }
}
