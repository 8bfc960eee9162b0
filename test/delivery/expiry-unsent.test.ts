/**
 * The 30 days of retention hold for an answer that was never tried too: one kept because no valid
 * endpoint is known expires like one the server kept failing.
 */
import { expect } from '@open-wc/testing';
import { createEnvelope } from '../../src/delivery/create-envelope.js';
import { waitFor } from '../support/endpoint.js';
import { disposeTestOutboxes, testOutbox } from '../support/outbox.js';

const CONTEXT = { unit: 'espoo-leppavaara', service: 'family-work', context: null, respondent: null };

describe('Outbox retention of answers never sent', () => {
  afterEach(disposeTestOutboxes);

  it('drops an answer that waited for an endpoint past the retention time, with an expired error', async () => {
    const outbox = testOutbox({ retentionMs: 300 });
    const envelope = createEnvelope('nps', { score: 4 }, 'fi', { ...CONTEXT });
    const errors: Array<{ code: string; id?: string }> = [];
    outbox.addEventListener('error', (event) => errors.push(event.detail));
    await outbox.enqueue(envelope, null);
    expect(await outbox.pendingCount()).to.equal(1);

    await new Promise((resolve) => setTimeout(resolve, 350));
    await outbox.flush();
    await waitFor(() => errors.some((e) => e.code === 'expired'), 'the expired error');
    expect(errors.find((e) => e.code === 'expired')).to.include({ id: envelope.id });
    expect(await outbox.pendingCount()).to.equal(0);
  });
});
