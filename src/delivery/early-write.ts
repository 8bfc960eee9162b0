/**
 * A tap before the sender's code has loaded: the pending envelope goes straight into the outbox's
 * database, in the record the sender reads (idb-storage.ts), and the sender sends it when it
 * starts. A connection of its own, closed at once: this runs at most a few times per page.
 */
import { OUTBOX_STORE, PENDING_PREFIX, openOutboxDatabase, transactionDone } from './idb-database.js';
import { SHARED_DB_NAME } from './outbox-names.js';
import type { PendingEnvelope } from './storage-types.js';
import { withTimeLimit } from './timers.js';

/** Resolves once `item` is committed to IndexedDB; rejects where it is not (the caller falls back). */
export async function writePendingEarly(item: PendingEnvelope, timeoutMs = 3_000): Promise<void> {
  const opening = openOutboxDatabase(SHARED_DB_NAME);
  // Safari's open can hang; a connection that opens after the limit is closed, not leaked.
  const db = await withTimeLimit(opening, timeoutMs).catch((error: unknown) => {
    void opening.then(
      (late) => late.close(),
      () => undefined,
    );
    throw error;
  });
  try {
    const transaction = db.transaction(OUTBOX_STORE, 'readwrite');
    transaction.objectStore(OUTBOX_STORE).put(item, PENDING_PREFIX + item.envelope.id);
    await transactionDone(transaction);
  } finally {
    db.close();
  }
}
