/**
 * "I need more time" gives the full idle time again, counted from the press: the answer must
 * outlive the moment the first timer would have cleared it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/nps/define.js';
import { waitFor } from '../support/endpoint.js';
import { clickCentre } from '../support/input.js';
import { disposeTestOutboxes, testOutbox } from '../support/outbox.js';

const find = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('kiosk idle reset: "I need more time"', () => {
  afterEach(disposeTestOutboxes);

  it('<palaute-nps> keeps the answer past the first deadline after the notice is answered', async function () {
    this.timeout(30_000);
    // idle-after 8: the notice at 4 s, the reset at 8 s after the last touch.
    const el = await fixture(
      html`<palaute-nps .outbox=${testOutbox()} lang="en" kiosk idle-after="8"></palaute-nps>`,
    );
    await clickCentre(find(el, 'label.option:nth-of-type(9)')!);
    const chosen = find<HTMLInputElement>(el, 'input:checked')!.value;
    await waitFor(() => find(el, '.idle-notice'), 'the notice', 8000);
    await clickCentre(find(el, '.idle-notice button')!);

    // Past the first deadline (at most 4 s after the press), well before the new one (8 s).
    await sleep(5500);
    expect(find<HTMLInputElement>(el, 'input:checked')?.value).to.equal(chosen);
  });
});
