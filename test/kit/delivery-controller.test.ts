/** DeliveryController and the shared outbox: a widget taken off the page is not kept alive by it. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/nps/define.js';
import type { Outbox } from '../../src/delivery/outbox.js';
import type { PalauteElement } from '../../src/kit/palaute-element.js';
import { TestEndpoint, waitFor } from '../support/endpoint.js';
import { disposeTestOutboxes, testOutbox } from '../support/outbox.js';

/** Counts the outbox's listeners still attached: added, minus those whose signal aborted. */
function countListeners(outbox: Outbox): () => number {
  let attached = 0;
  const add = outbox.addEventListener.bind(outbox);
  outbox.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
    const signal = options?.signal;
    if (!signal?.aborted) {
      attached += 1;
      signal?.addEventListener('abort', () => (attached -= 1), { once: true });
    }
    add(type, listener, options);
  }) as Outbox['addEventListener'];
  return () => attached;
}

describe('DeliveryController', () => {
  afterEach(disposeTestOutboxes);

  it('leaves no listener on the outbox for 100 widgets removed right after Send', async function () {
    this.timeout(60_000);
    const endpoint = await TestEndpoint.create([], { status: 503 });
    const outbox = testOutbox();
    const attached = countListeners(outbox);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < 100; i += 1) {
      const el = document.createElement('palaute-nps') as PalauteElement;
      el.outbox = outbox;
      el.setAttribute('endpoint', endpoint.url);
      wrapper.append(el);
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLInputElement>('input[value="7"]')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      // A single-page app changing view: the widget goes while its answer is being stored.
      el.remove();
    }
    await waitFor(async () => (await outbox.pendingCount()) === 100, '100 answers stored', 20_000);
    expect(attached()).to.equal(0);
  });
});
