/**
 * An endpoint is checked where it comes in: enqueue() checks a string, and takes one checked
 * already (what checkEndpointUrl returns, as a widget passes it) as it is.
 */
import { expect } from '@open-wc/testing';
import { createEnvelope } from '../../src/delivery/create-envelope.js';
import { checkEndpointUrl, type Endpoint } from '../../src/delivery/endpoint.js';
import type { PalauteErrorDetail } from '../../src/delivery/events.js';
import { TestEndpoint } from '../support/endpoint.js';
import { disposeTestOutboxes, readStoredRecord, testOutbox } from '../support/outbox.js';

const answer = () =>
  createEnvelope('nps', { score: 8 }, 'fi', { unit: null, service: null, context: null, respondent: null });

describe('endpoints', () => {
  afterEach(disposeTestOutboxes);

  it('takes a checked endpoint as it is: the resolved URL is stored, and sent to', async () => {
    const endpoint = await TestEndpoint.create([], { status: 503 });
    const path = new URL(endpoint.url).pathname;
    const checked = checkEndpointUrl(path) as Endpoint;
    expect(checked.url).to.equal(new URL(path, location.href).href);
    const outbox = testOutbox();
    const errors: PalauteErrorDetail[] = [];
    outbox.addEventListener('error', (e) => errors.push(e.detail));
    const envelope = answer();
    await outbox.enqueue(envelope, checked);
    await endpoint.waitForRequests(1);
    expect(await readStoredRecord(outbox.dbName, `pending:${envelope.id}`)).to.have.property(
      'endpoint',
      checked.url,
    );
    expect(errors).to.deep.equal([]);
  });

  it('reports a string no browser can fetch once, and keeps the answer for a valid default', async () => {
    const outbox = testOutbox();
    const errors: PalauteErrorDetail[] = [];
    outbox.addEventListener('error', (e) => errors.push(e.detail));
    const envelope = answer();
    await outbox.enqueue(envelope, 'http://127.0.0.1:6000/answers');
    await outbox.flush();
    await outbox.flush();
    expect(errors.map((e) => [e.code, e.id])).to.deep.equal([['invalid-endpoint', envelope.id]]);
    expect(errors[0]!.message).to.include('port 6000');
    expect(await readStoredRecord(outbox.dbName, `pending:${envelope.id}`)).to.have.property(
      'endpoint',
      null,
    );
  });
});
