/**
 * Ways answers were lost or stalled (issue 9): a redirect is never delivery, and an endpoint no
 * browser can fetch is not retried as a network error.
 */
import { expect } from '@open-wc/testing';
import { TestEndpoint, waitFor } from '../support/endpoint.js';
import { npsEnvelope } from '../support/envelopes.js';
import { collect } from '../support/outbox-events.js';
import { disposeTestOutboxes, testOutbox } from '../support/outbox.js';

describe('Outbox: redirects and endpoints no browser can fetch', () => {
  afterEach(disposeTestOutboxes);

  for (const status of [301, 302, 303, 307, 308]) {
    it(`never counts a ${status} redirect as delivery: the answer stays pending and is reported`, async () => {
      const elsewhere = await TestEndpoint.create();
      const endpoint = await TestEndpoint.create([{ status, location: elsewhere.url }]);
      const outbox = testOutbox();
      const errors = collect(outbox, 'error');
      const delivered = collect(outbox, 'delivered');
      const envelope = npsEnvelope();

      await outbox.enqueue(envelope, endpoint.url);
      const [error] = await waitFor(() => errors.length > 0 && errors, 'a redirected error');
      expect(error).to.include({ code: 'redirected', id: envelope.id });
      expect(String(error!.message)).to.match(/redirect/i);
      expect(delivered).to.deep.equal([]);
      expect(await elsewhere.requests(), 'the redirect was not followed').to.deep.equal([]);
      // Still pending, and retried: the next answer of the endpoint is a 201.
      await waitFor(() => delivered.length === 1, 'delivery on the retry');
      expect((await endpoint.accepted()).map((r) => r.idempotencyKey)).to.deep.equal([envelope.id]);
    });
  }

  for (const url of [
    'http://user:secret@127.0.0.1:8000/answers',
    'http://127.0.0.1:6000/answers',
    'http://127.0.0.1:6666/answers',
    'https://127.0.0.1:10080/answers',
  ]) {
    it(`does not retry ${url} as a network error: no browser can fetch it`, async () => {
      const outbox = testOutbox();
      const retries = collect(outbox, 'retry');
      const errors = collect(outbox, 'error');
      await outbox.enqueue(npsEnvelope(), url);
      await outbox.flush();
      await outbox.flush();
      expect(retries).to.deep.equal([]);
      expect(errors.map((e) => e.code)).to.include('invalid-endpoint');
      expect(await outbox.pendingCount(), 'kept for a valid endpoint').to.equal(1);
    });
  }
});
