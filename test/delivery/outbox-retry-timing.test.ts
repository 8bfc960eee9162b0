/**
 * Ways answers were lost or stalled (issue 9), in when they are retried: wrong clocks, coming back
 * online, the first success after failures, and one answer the server keeps failing.
 */
import { expect } from '@open-wc/testing';
import { TestEndpoint, uniqueName, waitFor } from '../support/endpoint.js';
import { npsEnvelope } from '../support/envelopes.js';
import { collect } from '../support/outbox-events.js';
import { disposeTestOutboxes, testOutbox, withClockMoved, writeStoredRecord } from '../support/outbox.js';

const DAY_MS = 24 * 60 * 60_000;

describe('Outbox: retry timing', () => {
  afterEach(disposeTestOutboxes);

  it('does not drop a minutes-old answer when the clock is then corrected forward by weeks', async () => {
    const endpoint = await TestEndpoint.create([], { status: 503 });
    const outbox = testOutbox();
    const errors = collect(outbox, 'error');
    const envelope = npsEnvelope();
    await outbox.enqueue(envelope, endpoint.url);
    await endpoint.waitForRequests(1);
    await withClockMoved(40 * DAY_MS, async () => {
      await outbox.flush();
      await outbox.flush();
    });
    expect(errors.filter((e) => e.code === 'expired')).to.deep.equal([]);
    expect(await outbox.pendingCount()).to.equal(1);
  });

  it('does not wait for days for a retry scheduled while the clock was ahead', async () => {
    const endpoint = await TestEndpoint.create();
    const dbName = uniqueName('clock-ahead');
    const warmUp = testOutbox({ dbName });
    expect(await warmUp.isDurable()).to.equal(true);
    warmUp.dispose();
    const envelope = npsEnvelope();
    await writeStoredRecord(dbName, `pending:${envelope.id}`, {
      envelope,
      endpoint: endpoint.url,
      attempts: 3,
      nextAttemptAt: Date.now() + 5 * DAY_MS,
    });
    testOutbox({ dbName });
    await waitFor(async () => (await endpoint.accepted()).length === 1, 'the retry, bounded by the backoff');
  });

  it('makes every waiting answer due at once when the browser comes back online', async () => {
    const endpoint = await TestEndpoint.create([], { status: 503 });
    const outbox = testOutbox({ backoff: { baseMs: 60_000, maxMs: 60_000 } });
    const envelopes = [npsEnvelope(1), npsEnvelope(2), npsEnvelope(3)];
    for (const envelope of envelopes) await outbox.enqueue(envelope, endpoint.url);
    await endpoint.waitForRequests(3);
    await endpoint.script([], { status: 201 });
    window.dispatchEvent(new Event('online'));
    await waitFor(async () => (await outbox.pendingCount()) === 0, 'all delivered without waiting a minute');
  });

  it('makes every waiting answer due at once after the first 2xx that follows failures', async () => {
    const endpoint = await TestEndpoint.create([], { status: 503 });
    const outbox = testOutbox({ backoff: { baseMs: 60_000, maxMs: 60_000 } });
    const waiting = [npsEnvelope(1), npsEnvelope(2)];
    for (const envelope of waiting) await outbox.enqueue(envelope, endpoint.url);
    await endpoint.waitForRequests(2);
    await endpoint.script([], { status: 201 });
    await outbox.enqueue(npsEnvelope(3), endpoint.url);
    await waitFor(async () => (await outbox.pendingCount()) === 0, 'the waiting ones delivered too');
  });

  it('does not let one answer the server keeps failing hold back later ones, and still retries it', async () => {
    const poison = npsEnvelope(0);
    const endpoint = await TestEndpoint.create([], { status: 201 }, { [poison.id]: { status: 500 } });
    const outbox = testOutbox();
    const later = [npsEnvelope(1), npsEnvelope(2)];
    await outbox.enqueue(poison, endpoint.url);
    await endpoint.waitForRequests(1);
    for (const envelope of later) await outbox.enqueue(envelope, endpoint.url);
    await waitFor(async () => (await endpoint.accepted()).length === 2, 'the later answers delivered');
    await waitFor(
      async () => (await endpoint.requests()).filter((r) => r.idempotencyKey === poison.id).length >= 3,
      'the poison answer retried',
    );
    expect((await outbox.pending()).map((p) => p.envelope.id)).to.deep.equal([poison.id]);
  });
});
