/**
 * The outbox in IndexedDB. Pending envelopes, dead letters, quarantined records and the sending
 * lease share one object store, told apart by key prefix, so moving a record between them is one
 * transaction.
 */
import {
  OUTBOX_STORE,
  PENDING_PREFIX as PENDING,
  openOutboxDatabase,
  requestResult,
  transactionDone,
} from './idb-database.js';
import { migrateLegacyOutbox } from './legacy-migration.js';
import { reportError } from './log.js';
import { isDeadLetter, validPending } from './pending-record.js';
import { planRetention } from './retention.js';
import type { DeadLetter, OutboxStorage, PendingEnvelope, StoredRecord } from './storage-types.js';

const DEAD = 'dead:';
const QUARANTINE = 'quarantine:';
const LEASE = 'lease';

interface Lease {
  owner: string;
  expiresAt: number;
}

/** A record set aside, and when: it is deleted once the dead letters' retention time has passed. */
interface Quarantined {
  value: unknown;
  quarantinedAt: number;
}

function quarantinedAt(record: unknown): number | undefined {
  const at = (record as Partial<Quarantined> | null)?.quarantinedAt;
  return typeof at === 'number' && Number.isFinite(at) ? at : undefined;
}

function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}

interface QueuedWrite {
  change: (store: IDBObjectStore) => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class IdbOutboxStorage implements OutboxStorage {
  readonly durable = true;
  private db: Promise<IDBDatabase> | undefined;
  /** Writes asked for while a transaction commits; they share the next one. */
  private queued: QueuedWrite[] = [];
  private committing = false;

  /** `legacyName`: a database of older versions whose records are moved here when opened. */
  constructor(
    readonly name: string,
    private readonly legacyName?: string,
  ) {}

  /** Opens the database (and migrates), so an unusable IndexedDB is found before an answer depends on it. */
  async probe(): Promise<void> {
    const db = await this.database();
    if (this.legacyName && this.legacyName !== this.name) await migrateLegacyOutbox(this.legacyName, db);
  }

  putPending(item: PendingEnvelope): Promise<void> {
    return this.write((s) => s.put(item, PENDING + item.envelope.id));
  }

  async listPendingRecords(): Promise<StoredRecord[]> {
    const store = await this.store('readonly');
    const range = prefixRange(PENDING);
    const [keys, values] = await Promise.all([
      requestResult(store.getAllKeys(range)),
      requestResult(store.getAll(range)),
    ]);
    return keys.map((key, i) => ({ key: String(key).slice(PENDING.length), value: values[i] }));
  }

  async listPending(): Promise<PendingEnvelope[]> {
    return validPending(await this.listPendingRecords());
  }

  removePending(id: string): Promise<void> {
    return this.write((s) => s.delete(PENDING + id));
  }

  async quarantine(key: string): Promise<void> {
    const store = await this.store('readwrite');
    const value: unknown = await requestResult(store.get(PENDING + key));
    store.put({ value, quarantinedAt: Date.now() } satisfies Quarantined, QUARANTINE + key);
    store.delete(PENDING + key);
    await transactionDone(store.transaction);
  }

  async pruneQuarantine(retentionMs: number): Promise<number | undefined> {
    const now = Date.now();
    // Read first: nearly always there is nothing set aside, and no write transaction is needed.
    const read = await this.store('readonly');
    const range = prefixRange(QUARANTINE);
    const [keys, records] = await Promise.all([
      requestResult(read.getAllKeys(range)),
      requestResult(read.getAll(range)),
    ]);
    const stored = keys.map((key, i) => ({ key, record: records[i], at: quarantinedAt(records[i]) }));
    const plan = planRetention(stored, (entry) => entry.at, now, retentionMs);
    // Transactions of their own, not the answers' shared one: a refused write here (a full disk)
    // must not fail an answer being stored, nor keep the expired records from being deleted.
    await this.inOwnTransaction(plan.expired, (store, { key }) => store.delete(key));
    await this.inOwnTransaction(plan.redate, (store, { key, record, at }) => {
      const value = at === undefined ? record : (record as Quarantined).value;
      store.put({ value, quarantinedAt: now } satisfies Quarantined, key);
    }).catch((error: unknown) =>
      reportError('records set aside could not be given a time; trying again later.', error),
    );
    return plan.next;
  }

  /** One readwrite transaction of its own applying `change` to each item (none when there are none). */
  private async inOwnTransaction<T>(
    items: readonly T[],
    change: (store: IDBObjectStore, item: T) => void,
  ): Promise<void> {
    if (items.length === 0) return;
    const store = await this.store('readwrite');
    for (const item of items) change(store, item);
    await transactionDone(store.transaction);
  }

  bury(id: string, letter: DeadLetter): Promise<void> {
    return this.write((s) => {
      s.delete(PENDING + id);
      s.put(letter, DEAD + id);
    });
  }

  async listDead(): Promise<DeadLetter[]> {
    const store = await this.store('readonly');
    const values: unknown[] = await requestResult(store.getAll(prefixRange(DEAD)));
    return values.filter(isDeadLetter);
  }

  removeDead(ids: readonly string[]): Promise<void> {
    return this.write((s) => {
      for (const id of ids) s.delete(DEAD + id);
    });
  }

  revive(id: string, item: PendingEnvelope): Promise<void> {
    return this.write((s) => {
      s.delete(DEAD + id);
      s.put(item, PENDING + id);
    });
  }

  async claimLease(owner: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    // Read and write in one transaction, so two tabs cannot both take a free lease.
    const store = await this.store('readwrite');
    const lease = (await requestResult(store.get(LEASE))) as Lease | undefined;
    const free = !lease || lease.owner === owner || lease.expiresAt <= now;
    if (free) store.put({ owner, expiresAt: now + ttlMs } satisfies Lease, LEASE);
    await transactionDone(store.transaction);
    return free;
  }

  async releaseLease(owner: string): Promise<void> {
    const store = await this.store('readwrite');
    const lease = (await requestResult(store.get(LEASE))) as Lease | undefined;
    if (lease?.owner === owner) store.put({ owner, expiresAt: 0 } satisfies Lease, LEASE);
    await transactionDone(store.transaction);
  }

  private database(): Promise<IDBDatabase> {
    this.db ??= openOutboxDatabase(this.name).then((db) => {
      // Another tab upgrading the database: let it, and open again on the next use.
      db.onversionchange = () => {
        db.close();
        this.db = undefined;
      };
      return db;
    });
    this.db.catch(() => (this.db = undefined));
    return this.db;
  }

  private async store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    return (await this.database()).transaction(OUTBOX_STORE, mode).objectStore(OUTBOX_STORE);
  }

  /**
   * Group commit: a delivered envelope costs a delete, and one transaction each would make
   * draining a thousand answers take seconds. Each change that throws (a refused put) fails alone;
   * a transaction that fails fails every change in it.
   */
  private write(change: (store: IDBObjectStore) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queued.push({ change, resolve, reject });
      if (!this.committing) void this.commitQueued();
    });
  }

  private async commitQueued(): Promise<void> {
    this.committing = true;
    while (this.queued.length > 0) {
      const batch = this.queued.splice(0);
      try {
        const store = await this.store('readwrite');
        const applied = batch.filter((write) => {
          try {
            write.change(store);
            return true;
          } catch (error) {
            write.reject(error);
            return false;
          }
        });
        await transactionDone(store.transaction);
        for (const write of applied) write.resolve();
      } catch (error) {
        for (const write of batch) write.reject(error);
      }
    }
    this.committing = false;
  }
}
