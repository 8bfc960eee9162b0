/**
 * An answer counts as durable only once its IndexedDB transaction has committed (issue 25): a put
 * can succeed and its transaction still abort (a quota found at commit, a database closing, a
 * browser that aborts). Then the answer is in memory, said so, and still delivered once.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { PalauteAnswerEvent, PalauteErrorDetail } from '../../src/delivery/events.js';
import { TestEndpoint, waitFor } from '../support/endpoint.js';
import { npsEnvelope } from '../support/envelopes.js';
import { clickCentre } from '../support/input.js';
import { renderNps, radios, root } from '../support/nps-driver.js';
import { collect } from '../support/outbox-events.js';
import { disposeTestOutboxes, readStoredRecord, testOutbox, withReplaced } from '../support/outbox.js';

/**
 * The browser's own `put`, with the transaction of the first answer's put aborted as soon as that
 * put has succeeded: fault injection in IndexedDB, not a stand-in for the outbox's code.
 */
const abortAfterFirstAnswerPut = (put: (...args: unknown[]) => unknown) => {
  let armed = true;
  return function (this: IDBObjectStore, ...args: unknown[]) {
    const request = put.apply(this, args) as IDBRequest;
    if (armed && String(args[1]).startsWith('pending:')) {
      armed = false;
      request.addEventListener('success', () => this.transaction.abort());
    }
    return request;
  };
};

/** Requests for `id` the endpoint answered with a 2xx. */
async function acceptedFor(endpoint: TestEndpoint, id: string) {
  return (await endpoint.accepted()).filter((r) => r.idempotencyKey === id);
}

describe('Outbox: durable only once committed', () => {
  afterEach(disposeTestOutboxes);

  it('keeps an answer whose transaction aborts after the put in memory, says so, and delivers it once', async () => {
    // One failure first, so the answer is still waiting when the test looks for it.
    const endpoint = await TestEndpoint.create([{ status: 503 }]);
    const outbox = testOutbox();
    expect(await outbox.isDurable()).to.equal(true);
    const errors = collect(outbox, 'error');
    const envelope = npsEnvelope();

    const stored = await withReplaced(IDBObjectStore.prototype, 'put', abortAfterFirstAnswerPut, () =>
      outbox.enqueue(envelope, endpoint.url),
    );
    expect(stored.durable, 'not durable: the transaction never committed').to.equal(false);
    expect(await readStoredRecord(outbox.dbName, `pending:${envelope.id}`), 'nothing on disk').to.equal(
      undefined,
    );
    expect(errors.filter((e) => e.id === envelope.id).map((e) => e.code)).to.deep.equal([
      'storage-unavailable',
    ]);
    expect(
      (await outbox.pending()).map((p) => p.envelope.id),
      'kept in memory',
    ).to.deep.equal([envelope.id]);

    await waitFor(async () => (await acceptedFor(endpoint, envelope.id)).length === 1, 'the delivery');
    await outbox.flush();
    await outbox.flush();
    expect(await acceptedFor(endpoint, envelope.id), 'delivered once').to.have.length(1);
    expect(await outbox.pendingCount()).to.equal(0);
  });

  it('fires palaute-answer with durable false and a storage-unavailable error when the commit aborts', async () => {
    const endpoint = await TestEndpoint.create();
    const { el, outbox } = await renderNps(endpoint, { lang: 'en' });
    expect(await outbox.isDurable()).to.equal(true);
    const problems: PalauteErrorDetail[] = [];
    el.addEventListener('palaute-error', (e) => problems.push(e.detail));

    const event = await withReplaced(IDBObjectStore.prototype, 'put', abortAfterFirstAnswerPut, async () => {
      const answered = oneEvent(el, 'palaute-answer') as Promise<PalauteAnswerEvent>;
      await clickCentre(radios(el)[6]!.nextElementSibling!);
      await clickCentre(root(el).querySelector('button[type="submit"]')!);
      return answered;
    });
    expect(event.durable, 'event.durable').to.equal(false);
    expect(problems.map((p) => [p.code, p.id])).to.deep.equal([['storage-unavailable', event.detail.id]]);
    expect(await readStoredRecord(outbox.dbName, `pending:${event.detail.id}`)).to.equal(undefined);

    await waitFor(async () => (await acceptedFor(endpoint, event.detail.id)).length === 1, 'the delivery');
    await outbox.flush();
    expect(await acceptedFor(endpoint, event.detail.id), 'delivered once').to.have.length(1);
  });
});
