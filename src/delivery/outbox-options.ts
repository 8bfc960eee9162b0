/** What an Outbox can be told, and the events it fires. */
import type { BackoffOptions } from './backoff.js';
import type { PalauteDeliveredDetail, PalauteErrorDetail, PalauteRetryDetail } from './events.js';
import type { OutboxStorage } from './storage-types.js';

export interface OutboxOptions {
  /** IndexedDB database name. Default `palaute-outbox`. */
  dbName?: string;
  /** Database of versions before 0.2, whose answers are moved into `dbName`. Default `palaute`. */
  legacyDbName?: string;
  /** Opening IndexedDB may take this long before answers are kept in memory instead. Default 3 s. */
  storageTimeoutMs?: number;
  /** Envelopes waiting longer than this are dropped with an `expired` error. Default 30 days. */
  retentionMs?: number;
  /** Dead letters (refused envelopes) and records set aside as invalid are deleted after this. Default 7 days. */
  deadLetterRetentionMs?: number;
  /** A request with no answer after this is abandoned and retried. Default 15 s. */
  requestTimeoutMs?: number;
  backoff?: BackoffOptions;
  /** Endpoint for envelopes stored without a valid one of their own. */
  defaultEndpoint?: () => string | undefined;
  /** `null` forces the IndexedDB lease used where Web Locks are missing. */
  locks?: LockManager | null;
  /** Replaces IndexedDB, e.g. with MemoryOutboxStorage. */
  storage?: OutboxStorage;
}

export interface OutboxEventMap {
  delivered: CustomEvent<PalauteDeliveredDetail>;
  retry: CustomEvent<PalauteRetryDetail>;
  error: CustomEvent<PalauteErrorDetail>;
}
