/** Outbox records as another tab or an earlier visit leaves them, for the Node tests of the built loader. */

/** A pending NPS envelope as the outbox keeps it (src/delivery/idb-storage.ts), for /api/feedback. */
export const pendingRecord = (id, unit, score) => ({
  envelope: {
    id,
    kind: 'nps',
    schemaVersion: 1,
    createdAt: new Date().toISOString(),
    locale: 'fi',
    context: { unit, service: null, context: null, respondent: null },
    data: { score },
  },
  endpoint: '/api/feedback',
  attempts: 0,
  nextAttemptAt: 0,
});

/** Runs in the page (page.evaluate): puts `record` into the outbox's database, as an early write does. */
export function putPending(record) {
  return new Promise((done, fail) => {
    const open = indexedDB.open('palaute-outbox', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('outbox');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const transaction = open.result.transaction('outbox', 'readwrite');
      transaction.objectStore('outbox').put(record, `pending:${record.envelope.id}`);
      transaction.oncomplete = () => (open.result.close(), done());
      transaction.onerror = () => fail(transaction.error);
    };
  });
}
