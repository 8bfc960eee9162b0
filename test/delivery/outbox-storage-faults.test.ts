/** Ways answers were lost or stalled (issue 9): IndexedDB that never opens, or refuses one write. */
import { expect } from '@open-wc/testing';
import { TestEndpoint, waitFor } from '../support/endpoint.js';
import { npsEnvelope } from '../support/envelopes.js';
import { collect } from '../support/outbox-events.js';
import {
  disposeTestOutboxes,
  readStoredRecord,
  refusingWrites,
  testOutbox,
  withReplaced,
} from '../support/outbox.js';

describe('Outbox: storage that hangs or fails', () => {
  afterEach(disposeTestOutboxes);

  it('falls back to memory after a time limit when indexedDB.open never answers, and still delivers', async () => {
    const endpoint = await TestEndpoint.create();
    await withReplaced(
      IDBFactory.prototype,
      'open',
      () => () => Object.assign(new EventTarget(), { readyState: 'pending', result: undefined, error: null }),
      async () => {
        const outbox = testOutbox({ storageTimeoutMs: 200 });
        const errors = collect(outbox, 'error');
        expect(await outbox.isDurable()).to.equal(false);
        const envelope = npsEnvelope();
        const stored = await outbox.enqueue(envelope, endpoint.url);
        expect(stored.durable).to.equal(false);
        await waitFor(async () => (await outbox.pendingCount()) === 0, 'delivery');
        expect(errors.map((e) => e.code)).to.include('storage-unavailable');
      },
    );
    expect(await endpoint.accepted()).to.have.length(1);
  });

  it('keeps trying IndexedDB after one failed write: only that answer is in memory, and it says so', async () => {
    const endpoint = await TestEndpoint.create([], { status: 503 });
    const outbox = testOutbox();
    expect(await outbox.isDurable()).to.equal(true);
    const [first, second] = [npsEnvelope(1), npsEnvelope(2)];
    const firstStored = await refusingWrites(1, () => outbox.enqueue(first, endpoint.url));
    expect(firstStored.durable).to.equal(false);
    const secondStored = await outbox.enqueue(second, endpoint.url);
    expect(secondStored.durable).to.equal(true);
    expect(await readStoredRecord(outbox.dbName, `pending:${second.id}`)).to.have.property('envelope');
    expect((await outbox.pending()).map((p) => p.envelope.id).sort()).to.deep.equal(
      [first.id, second.id].sort(),
    );
    await endpoint.script([], { status: 201 });
    window.dispatchEvent(new Event('online'));
    await waitFor(async () => (await outbox.pendingCount()) === 0, 'both delivered');
  });
});
