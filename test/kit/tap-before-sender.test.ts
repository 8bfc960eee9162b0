/**
 * Issue 24: the sender (the outbox's schedules, lock and transport) loads after the first render.
 * A tap before it has loaded is as durable as one after: the answer is in IndexedDB when
 * `palaute-answer` says `durable: true`, and it reaches the endpoint once the sender has loaded.
 * The element is registered without defineElement(), which would start the sender at idle: here
 * nothing loads it before the tap. The storing code (the early write) loads at the first touch.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createStore, get } from 'idb-keyval';
import { loadedSender } from '../../src/delivery/sender.js';
import { PalauteNps } from '../../src/elements/nps/palaute-nps.js';
import type { PalauteAnswerEvent } from '../../src/delivery/events.js';
import type { Envelope } from '../../src/schema/index.js';
import { TestEndpoint, waitFor } from '../support/endpoint.js';
import { clickCentre } from '../support/input.js';

const fetched = (path: string) =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));
const senderFetched = () => fetched('/src/delivery/outbox.ts');
/** What stores an answer: loaded at the first touch or focus in a widget, not to draw it. */
const storingCodeFetched = () => fetched('/src/kit/store-envelope.ts');

describe('a tap before the sender has loaded', () => {
  it('is in IndexedDB when palaute-answer fires, and is sent once the sender loads', async () => {
    customElements.define('palaute-nps', PalauteNps);
    // The endpoint answers slowly, so the stored record is still there to be read after the POST.
    const endpoint = await TestEndpoint.create([], { status: 201, delayMs: 1000 });
    const el = await fixture<PalauteNps>(
      html`<palaute-nps lang="en" endpoint=${endpoint.url}></palaute-nps>`,
    );
    await waitFor(() => el.shadowRoot?.querySelector('label.option'), 'the scale');
    expect(senderFetched(), 'the sender fetched before the tap').to.equal(false);
    expect(storingCodeFetched(), 'the storing code fetched to draw the widget').to.equal(false);

    const answered = oneEvent(el, 'palaute-answer') as Promise<PalauteAnswerEvent>;
    let senderAtEvent: unknown = 'not asked';
    el.addEventListener('palaute-answer', () => (senderAtEvent = loadedSender()), { once: true });
    await clickCentre(el.shadowRoot!.querySelectorAll('label.option')[7]!);
    await waitFor(storingCodeFetched, 'the storing code, asked for by the first touch');
    await clickCentre(el.shadowRoot!.querySelector('button[type="submit"]')!);
    const event = await answered;
    const envelope = event.detail as Envelope;
    expect(event.durable, 'durable: true').to.equal(true);
    expect(senderAtEvent, 'the sender when palaute-answer fired').to.equal(undefined);
    const stored = (await get(`pending:${envelope.id}`, createStore('palaute-outbox', 'outbox'))) as {
      envelope: Envelope;
      endpoint: string;
    };
    expect(stored.envelope).to.deep.equal(envelope);
    expect(stored.endpoint).to.equal(endpoint.url);

    const [request] = await endpoint.waitForRequests(1);
    expect((request!.body as Envelope).id).to.equal(envelope.id);
    expect(loadedSender(), 'the sender, loaded by the tap').to.not.equal(undefined);
    expect(senderFetched()).to.equal(true);
    // The widget follows the answer it stored before the sender existed.
    await waitFor(() => el.delivery?.status === 'delivered', 'the status "delivered"');
    await waitFor(
      async () =>
        (await get(`pending:${envelope.id}`, createStore('palaute-outbox', 'outbox'))) === undefined,
      'the delivered answer gone from IndexedDB',
    );
  });
});
