/**
 * Opening the outbox's database so that no other database can get in its way: a name of its own,
 * a version, and the object store created by an upgrade whenever it is missing (an old database,
 * or the site's own under the same name, at whatever version it is).
 */
export const OUTBOX_STORE = 'outbox';
/** A pending envelope's key is this and its id (early-write.ts writes them too). */
export const PENDING_PREFIX = 'pending:';
/** Raised when what the store holds changes shape; the upgrade then converts it. */
const SCHEMA_VERSION = 1;

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = transaction.onerror = () =>
      reject(transaction.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
  });
}

function open(name: string, version?: number): Promise<IDBDatabase> {
  const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(OUTBOX_STORE)) {
      request.result.createObjectStore(OUTBOX_STORE);
    }
  };
  return requestResult(request);
}

export async function openOutboxDatabase(name: string): Promise<IDBDatabase> {
  let db: IDBDatabase;
  try {
    db = await open(name, SCHEMA_VERSION);
  } catch (error) {
    // A database of that name at a higher version: take it as it is, and add the store below.
    if ((error as DOMException | null)?.name !== 'VersionError') throw error;
    db = await open(name);
  }
  if (!db.objectStoreNames.contains(OUTBOX_STORE)) {
    const next = db.version + 1;
    db.close();
    db = await open(name, next);
  }
  return db;
}

/**
 * Opens an existing database without ever creating it: an upgrade from version 0 means there was
 * none, and aborting it leaves none behind. Resolves undefined then.
 */
export function openExisting(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let absent = false;
    request.onupgradeneeded = (event) => {
      if (event.oldVersion === 0) {
        absent = true;
        request.transaction?.abort();
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (absent ? resolve(undefined) : reject(request.error));
  });
}
