/**
 * Versions before 0.2 kept the outbox in a database called `palaute`, a name a site may well use
 * itself. Their pending envelopes and dead letters are moved into the new database once; records
 * that do not look like ours stay where they are, and the old database itself is left alone.
 */
import { OUTBOX_STORE, openExisting, requestResult, transactionDone } from './idb-database.js';
import { checkPendingRecord, isDeadLetter } from './pending-record.js';

export async function migrateLegacyOutbox(legacyName: string, target: IDBDatabase): Promise<number> {
  const legacy = await openExisting(legacyName);
  if (!legacy) return 0;
  try {
    if (!legacy.objectStoreNames.contains(OUTBOX_STORE)) return 0;
    const read = legacy.transaction(OUTBOX_STORE, 'readonly').objectStore(OUTBOX_STORE);
    const [keys, values] = await Promise.all([
      requestResult(read.getAllKeys()),
      requestResult(read.getAll()),
    ]);
    const ours = keys.flatMap((key, i) => {
      const value: unknown = values[i];
      if (typeof key !== 'string') return [];
      if (key.startsWith('pending:') && typeof checkPendingRecord(key.slice(8), value) !== 'string') {
        return [{ key, value }];
      }
      if (key.startsWith('dead:') && isDeadLetter(value)) return [{ key, value }];
      return [];
    });
    if (ours.length === 0) return 0;
    // Copy first, delete after: an interruption between them leaves a copy in both, and the
    // endpoint's idempotency turns a second send of an id into one answer.
    const write = target.transaction(OUTBOX_STORE, 'readwrite');
    for (const { key, value } of ours) write.objectStore(OUTBOX_STORE).put(value, key);
    await transactionDone(write);
    const remove = legacy.transaction(OUTBOX_STORE, 'readwrite');
    for (const { key } of ours) remove.objectStore(OUTBOX_STORE).delete(key);
    await transactionDone(remove);
    return ours.length;
  } finally {
    legacy.close();
  }
}
