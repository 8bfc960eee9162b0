/**
 * Where the outbox keeps answers: IndexedDB through idb-keyval in a database of Palaute's own,
 * or, where IndexedDB cannot be opened, memory (answers then live as long as the page).
 * Pending envelopes, dead letters and the sending lease share one object store, told apart by key
 * prefix, so moving an envelope to the dead letters is one transaction.
 */
import { createStore, get, promisifyRequest, update, type UseStore } from 'idb-keyval';
import type { Envelope } from '../schema/envelope.js';

export interface PendingEnvelope {
  envelope: Envelope;
  /** `null` until a valid endpoint is known: then the library-wide default is used. */
  endpoint: string | null;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
}

export interface DeadLetter {
  envelope: Envelope;
  endpoint: string | null;
  status: number;
  reason: string;
  deadAt: number;
}

interface Lease {
  owner: string;
  expiresAt: number;
}

export interface OutboxStorage {
  readonly durable: boolean;
  putPending(item: PendingEnvelope): Promise<void>;
  listPending(): Promise<PendingEnvelope[]>;
  removePending(id: string): Promise<void>;
  /** Atomically: removes the pending envelope and records it as a dead letter. */
  bury(id: string, letter: DeadLetter): Promise<void>;
  listDead(): Promise<DeadLetter[]>;
  /** Atomically: removes the dead letter and queues its envelope again. */
  revive(id: string, item: PendingEnvelope): Promise<void>;
  /** True when `owner` holds the lease afterwards (taken, renewed, or already held). */
  claimLease(owner: string, ttlMs: number): Promise<boolean>;
  releaseLease(owner: string): Promise<void>;
}

const PENDING = 'pending:';
const DEAD = 'dead:';
const LEASE = 'lease';

function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}

export class IdbOutboxStorage implements OutboxStorage {
  readonly durable = true;
  private readonly store: UseStore;

  constructor(dbName: string) {
    this.store = createStore(dbName, 'outbox');
  }

  /** Opens the database once, so an unusable IndexedDB is found before an answer depends on it. */
  async probe(): Promise<void> {
    await get(LEASE, this.store);
  }

  putPending(item: PendingEnvelope): Promise<void> {
    return this.store('readwrite', (s) => {
      s.put(item, PENDING + item.envelope.id);
      return promisifyRequest(s.transaction);
    });
  }

  listPending(): Promise<PendingEnvelope[]> {
    return this.store('readonly', (s) => promisifyRequest(s.getAll(prefixRange(PENDING))));
  }

  removePending(id: string): Promise<void> {
    return this.store('readwrite', (s) => {
      s.delete(PENDING + id);
      return promisifyRequest(s.transaction);
    });
  }

  bury(id: string, letter: DeadLetter): Promise<void> {
    return this.store('readwrite', (s) => {
      s.delete(PENDING + id);
      s.put(letter, DEAD + id);
      return promisifyRequest(s.transaction);
    });
  }

  listDead(): Promise<DeadLetter[]> {
    return this.store('readonly', (s) => promisifyRequest(s.getAll(prefixRange(DEAD))));
  }

  revive(id: string, item: PendingEnvelope): Promise<void> {
    return this.store('readwrite', (s) => {
      s.delete(DEAD + id);
      s.put(item, PENDING + id);
      return promisifyRequest(s.transaction);
    });
  }

  async claimLease(owner: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    // `update` reads and writes in one transaction, so two tabs cannot both take a free lease.
    await update<Lease>(
      LEASE,
      (lease) =>
        !lease || lease.owner === owner || lease.expiresAt <= now ? { owner, expiresAt: now + ttlMs } : lease,
      this.store,
    );
    return (await get<Lease>(LEASE, this.store))?.owner === owner;
  }

  async releaseLease(owner: string): Promise<void> {
    await update<Lease | undefined>(
      LEASE,
      (lease) => (lease?.owner === owner ? { owner, expiresAt: 0 } : lease),
      this.store,
    );
  }
}

export class MemoryOutboxStorage implements OutboxStorage {
  readonly durable = false;
  private readonly pending = new Map<string, PendingEnvelope>();
  private readonly dead = new Map<string, DeadLetter>();

  async putPending(item: PendingEnvelope): Promise<void> {
    this.pending.set(item.envelope.id, structuredClone(item));
  }
  async listPending(): Promise<PendingEnvelope[]> {
    return [...this.pending.values()].map((item) => structuredClone(item));
  }
  async removePending(id: string): Promise<void> {
    this.pending.delete(id);
  }
  async bury(id: string, letter: DeadLetter): Promise<void> {
    this.pending.delete(id);
    this.dead.set(id, structuredClone(letter));
  }
  async listDead(): Promise<DeadLetter[]> {
    return [...this.dead.values()].map((letter) => structuredClone(letter));
  }
  async revive(id: string, item: PendingEnvelope): Promise<void> {
    this.dead.delete(id);
    this.pending.set(id, structuredClone(item));
  }
  // Memory belongs to this page alone: there is nobody to share a lease with.
  async claimLease(): Promise<boolean> {
    return true;
  }
  async releaseLease(): Promise<void> {}
}
