/**
 * A hidden page sends with keepalive, one request at a time: keepalive bodies share a 64 KiB
 * quota per page, and six at once could have the browser refuse some of them as the page closes.
 */
import { expect } from '@open-wc/testing';
import { createEnvelope } from '../../src/delivery/create-envelope.js';
import { TestEndpoint, waitFor } from '../support/endpoint.js';
import { disposeTestOutboxes, testOutbox } from '../support/outbox.js';

const CONTEXT = { unit: 'espoo-leppavaara', service: 'family-work', context: null, respondent: null };

describe('Outbox on a hidden page', () => {
  afterEach(() => {
    disposeTestOutboxes();
    window.dispatchEvent(new PageTransitionEvent('pageshow'));
  });

  it('sends waiting answers with keepalive one at a time, and delivers each once', async () => {
    const endpoint = await TestEndpoint.create([], { status: 201, delayMs: 300 });
    const outbox = testOutbox();
    const envelopes = [1, 2, 3].map((score) => createEnvelope('nps', { score }, 'fi', { ...CONTEXT }));
    let inFlight = 0;
    let mostAtOnce = 0;
    const keepalive: boolean[] = [];
    const realFetch = window.fetch;
    // Observes the real requests; every call still goes to the real fetch.
    window.fetch = async (input, init) => {
      if (String(input) !== endpoint.url) return realFetch(input, init);
      keepalive.push(init?.keepalive ?? false);
      mostAtOnce = Math.max(mostAtOnce, (inFlight += 1));
      try {
        return await realFetch(input, init);
      } finally {
        inFlight -= 1;
      }
    };
    try {
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      for (const envelope of envelopes) await outbox.enqueue(envelope, endpoint.url);
      await waitFor(async () => (await outbox.pendingCount()) === 0, 'every answer delivered');
    } finally {
      window.fetch = realFetch;
    }
    expect(mostAtOnce).to.equal(1);
    expect(keepalive).to.deep.equal([true, true, true]);
    const accepted = (await endpoint.accepted()).map((request) => request.idempotencyKey).sort();
    expect(accepted).to.deep.equal(envelopes.map((envelope) => envelope.id).sort());
  });
});
