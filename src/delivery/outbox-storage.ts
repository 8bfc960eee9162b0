/** Where the outbox keeps answers: one module to import them from. */
export { IdbOutboxStorage } from './idb-storage.js';
export { MemoryOutboxStorage } from './memory-storage.js';
export type { DeadLetter, OutboxStorage, PendingEnvelope, StoredRecord } from './storage-types.js';
