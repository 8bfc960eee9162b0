/** One suite, run against both places the outbox can keep answers: IndexedDB and memory. */
import { expect } from '@open-wc/testing';
import { createEnvelope } from '../../src/delivery/create-envelope.js';
import {
  IdbOutboxStorage,
  MemoryOutboxStorage,
  type OutboxStorage,
  type PendingEnvelope,
} from '../../src/delivery/outbox-storage.js';
import { uniqueName } from '../support/endpoint.js';

function pendingItem(score: number): PendingEnvelope {
  const envelope = createEnvelope('nps', { score }, 'fi', {
    unit: 'espoo-leppavaara',
    service: null,
    context: null,
    respondent: null,
  });
  return { envelope, endpoint: '/answers', attempts: 0, nextAttemptAt: 0 };
}

const STORAGES: Array<[string, () => Promise<OutboxStorage>]> = [
  [
    'IndexedDB',
    async () => {
      const storage = new IdbOutboxStorage(uniqueName('palaute-storage'));
      await storage.probe();
      return storage;
    },
  ],
  ['memory', async () => new MemoryOutboxStorage()],
];

for (const [name, open] of STORAGES) {
  describe(`outbox storage: ${name}`, () => {
    it('keeps pending envelopes until removed, and updates them in place', async () => {
      const storage = await open();
      const [a, b] = [pendingItem(1), pendingItem(2)];
      await storage.putPending(a);
      await storage.putPending(b);
      await storage.putPending({ ...a, attempts: 3, lastError: 'HTTP 500' });
      const pending = await storage.listPending();
      expect(pending.map((p) => p.envelope.id).sort()).to.deep.equal([a.envelope.id, b.envelope.id].sort());
      expect(pending.find((p) => p.envelope.id === a.envelope.id)).to.include({
        attempts: 3,
        lastError: 'HTTP 500',
      });
      await storage.removePending(a.envelope.id);
      expect((await storage.listPending()).map((p) => p.envelope.id)).to.deep.equal([b.envelope.id]);
    });

    it('moves a refused envelope to the dead letters and back, never holding it in both', async () => {
      const storage = await open();
      const item = pendingItem(3);
      await storage.putPending(item);
      await storage.bury(item.envelope.id, {
        envelope: item.envelope,
        endpoint: item.endpoint,
        status: 400,
        reason: 'HTTP 400',
        deadAt: Date.now(),
      });
      expect(await storage.listPending()).to.deep.equal([]);
      expect((await storage.listDead()).map((d) => d.status)).to.deep.equal([400]);
      await storage.revive(item.envelope.id, item);
      expect(await storage.listDead()).to.deep.equal([]);
      expect((await storage.listPending()).map((p) => p.envelope.id)).to.deep.equal([item.envelope.id]);
    });

    it('returns copies: changing what was read does not change what is stored', async () => {
      const storage = await open();
      const item = pendingItem(4);
      await storage.putPending(item);
      const [read] = await storage.listPending();
      read!.attempts = 99;
      expect((await storage.listPending())[0]!.attempts).to.equal(0);
    });

    it('gives the sending lease to one owner at a time until it is released', async () => {
      const storage = await open();
      expect(await storage.claimLease('tab-a', 10_000)).to.equal(true);
      expect(await storage.claimLease('tab-a', 10_000), 'renewed by its owner').to.equal(true);
      // Memory belongs to one page: there is nobody to share the lease with.
      expect(await storage.claimLease('tab-b', 10_000)).to.equal(!storage.durable);
      await storage.releaseLease('tab-a');
      expect(await storage.claimLease('tab-b', 10_000)).to.equal(true);
    });
  });
}
