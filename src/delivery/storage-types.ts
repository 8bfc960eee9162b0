/** What the outbox stores, and what a place to store it must do. */
import type { Envelope } from '../schema/envelope.js';

export interface PendingEnvelope {
  envelope: Envelope;
  /** `null` until a valid endpoint is known: then the library-wide default is used. */
  endpoint: string | null;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
  /** The delay `nextAttemptAt` was chosen with: a wrong clock cannot stretch a wait beyond it. */
  delayMs?: number;
  /** Time the outbox has seen the envelope wait, counted so that a clock jump adds little. */
  ageMs?: number;
  /** When `ageMs` was last brought up to date. */
  seenAt?: number;
}

export interface DeadLetter {
  envelope: Envelope;
  endpoint: string | null;
  status: number;
  reason: string;
  deadAt: number;
}

/** A stored pending record as read, before it is known to be one: `key` is its id part. */
export interface StoredRecord {
  key: string;
  value: unknown;
}

export interface OutboxStorage {
  readonly durable: boolean;
  putPending(item: PendingEnvelope): Promise<void>;
  /** Every pending record, valid or not; the outbox checks them (see pending-record.ts). */
  listPendingRecords(): Promise<StoredRecord[]>;
  /** The valid pending envelopes only. */
  listPending(): Promise<PendingEnvelope[]>;
  removePending(id: string): Promise<void>;
  /** Atomically: moves a record that is not a valid pending envelope out of the way. */
  quarantine(key: string): Promise<void>;
  /**
   * Deletes records set aside more than `retentionMs` ago (they may hold what a person wrote);
   * resolves to when the next one is due. Optional: a storage that keeps none has nothing to do.
   */
  pruneQuarantine?(retentionMs: number): Promise<number | undefined>;
  /** Atomically: removes the pending envelope and records it as a dead letter. */
  bury(id: string, letter: DeadLetter): Promise<void>;
  listDead(): Promise<DeadLetter[]>;
  removeDead(ids: readonly string[]): Promise<void>;
  /** Atomically: removes the dead letter and queues its envelope again. */
  revive(id: string, item: PendingEnvelope): Promise<void>;
  /** True when `owner` holds the lease afterwards (taken, renewed, or already held). */
  claimLease(owner: string, ttlMs: number): Promise<boolean>;
  releaseLease(owner: string): Promise<void>;
}
