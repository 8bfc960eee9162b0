/**
 * IndexedDB first, memory beside it. A write that IndexedDB refuses (quota, a transient error)
 * puts that one answer in memory; the next answer tries IndexedDB again. Where IndexedDB cannot be
 * opened at all, there is only memory.
 */
import { MemoryOutboxStorage } from './memory-storage.js';
import { validPending } from './pending-record.js';
import type { DeadLetter, OutboxStorage, PendingEnvelope, StoredRecord } from './storage-types.js';

export class DurableFirstStorage implements OutboxStorage {
  private readonly memory = new MemoryOutboxStorage();

  constructor(
    readonly primary: OutboxStorage | undefined,
    /** Told when IndexedDB cannot be read; memory is then used alone for that call. */
    private readonly onReadFailure: (error: unknown) => void,
  ) {}

  /** Whether new answers go to durable storage. */
  get durable(): boolean {
    return this.primary?.durable ?? false;
  }

  /** Stores a new answer; resolves to whether it is durable, or to the error that made it not. */
  async store(item: PendingEnvelope): Promise<{ durable: true } | { durable: false; cause?: unknown }> {
    if (this.primary) {
      try {
        await this.primary.putPending(item);
        if (this.primary.durable) return { durable: true };
      } catch (cause) {
        await this.memory.putPending(item);
        return { durable: false, cause };
      }
    }
    await this.memory.putPending(item);
    return { durable: false };
  }

  async putPending(item: PendingEnvelope): Promise<void> {
    if (!this.primary || this.memory.has(item.envelope.id)) return this.memory.putPending(item);
    await this.primary.putPending(item);
  }

  async listPendingRecords(): Promise<StoredRecord[]> {
    const inMemory = await this.memory.listPendingRecords();
    if (!this.primary) return inMemory;
    try {
      const stored = await this.primary.listPendingRecords();
      const keys = new Set(stored.map((r) => r.key));
      return [...stored, ...inMemory.filter((r) => !keys.has(r.key))];
    } catch (error) {
      this.onReadFailure(error);
      return inMemory;
    }
  }

  async listPending(): Promise<PendingEnvelope[]> {
    return validPending(await this.listPendingRecords());
  }

  async removePending(id: string): Promise<void> {
    await this.memory.removePending(id);
    await this.primary?.removePending(id);
  }

  async quarantine(key: string): Promise<void> {
    if (this.memory.has(key)) return this.memory.quarantine(key);
    await this.primary?.quarantine(key);
  }

  /** Memory keeps no quarantined records: only the primary storage has any to delete. */
  async pruneQuarantine(retentionMs: number): Promise<number | undefined> {
    return this.primary?.pruneQuarantine?.(retentionMs);
  }

  async bury(id: string, letter: DeadLetter): Promise<void> {
    if (!this.primary || this.memory.has(id)) return this.memory.bury(id, letter);
    await this.primary.bury(id, letter);
  }

  async listDead(): Promise<DeadLetter[]> {
    const stored = this.primary ? await this.primary.listDead() : [];
    return [...stored, ...(await this.memory.listDead())];
  }

  async removeDead(ids: readonly string[]): Promise<void> {
    await this.memory.removeDead(ids);
    await this.primary?.removeDead(ids);
  }

  async revive(id: string, item: PendingEnvelope): Promise<void> {
    await this.memory.removeDead([id]);
    if (!this.primary) return this.memory.putPending(item);
    await this.primary.revive(id, item);
  }

  claimLease(owner: string, ttlMs: number): Promise<boolean> {
    return (this.primary ?? this.memory).claimLease(owner, ttlMs);
  }

  releaseLease(owner: string): Promise<void> {
    return (this.primary ?? this.memory).releaseLease(owner);
  }
}
