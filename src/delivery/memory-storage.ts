/** The outbox in memory: where IndexedDB cannot be used, answers live as long as the page. */
import { validPending } from './pending-record.js';
import type { DeadLetter, OutboxStorage, PendingEnvelope, StoredRecord } from './storage-types.js';

export class MemoryOutboxStorage implements OutboxStorage {
  readonly durable = false;
  private readonly pending = new Map<string, unknown>();
  private readonly dead = new Map<string, DeadLetter>();

  async putPending(item: PendingEnvelope): Promise<void> {
    this.pending.set(item.envelope.id, structuredClone(item));
  }
  async listPendingRecords(): Promise<StoredRecord[]> {
    return [...this.pending].map(([key, value]) => ({ key, value: structuredClone(value) }));
  }
  async listPending(): Promise<PendingEnvelope[]> {
    return validPending(await this.listPendingRecords());
  }
  has(id: string): boolean {
    return this.pending.has(id);
  }
  async removePending(id: string): Promise<void> {
    this.pending.delete(id);
  }
  async quarantine(key: string): Promise<void> {
    this.pending.delete(key);
  }
  async bury(id: string, letter: DeadLetter): Promise<void> {
    this.pending.delete(id);
    this.dead.set(id, structuredClone(letter));
  }
  async listDead(): Promise<DeadLetter[]> {
    return [...this.dead.values()].map((letter) => structuredClone(letter));
  }
  async removeDead(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.dead.delete(id);
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
