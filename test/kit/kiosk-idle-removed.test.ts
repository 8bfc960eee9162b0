/**
 * Kiosk mode: a half-answered widget that a single-page app takes off the page and shows again
 * (a route change and back) must not show the next person the previous one's choice.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/nps/define.js';
import { waitFor } from '../support/endpoint.js';
import { clickCentre } from '../support/input.js';
import { disposeTestOutboxes, testOutbox } from '../support/outbox.js';

const find = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);

describe('kiosk idle reset: a widget taken off the page', () => {
  afterEach(disposeTestOutboxes);

  it('<palaute-nps> comes back with nothing chosen', async () => {
    const el = await fixture(
      html`<div><palaute-nps .outbox=${testOutbox()} lang="en" kiosk idle-after="60"></palaute-nps></div>`,
    );
    const nps = el.querySelector('palaute-nps')!;
    await waitFor(() => find(nps, 'label.option'), 'the widget');
    await clickCentre(find(nps, 'label.option:nth-of-type(9)')!);
    await waitFor(() => find(nps, 'input:checked'), 'the chosen score');

    nps.remove();
    el.append(nps);
    await waitFor(() => find(nps, 'legend'), 'the widget back on the page');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(find(nps, 'input:checked')).to.equal(null);
  });

  it('<palaute-nps> made a kiosk and taken off the page before its idle code has arrived comes back with nothing chosen', async () => {
    const el = await fixture(
      html`<div><palaute-nps .outbox=${testOutbox()} lang="en" idle-after="60"></palaute-nps></div>`,
    );
    const nps = el.querySelector('palaute-nps')!;
    await waitFor(() => find(nps, 'label.option'), 'the widget');
    await clickCentre(find(nps, 'label.option:nth-of-type(9)')!);
    await waitFor(() => find(nps, 'input:checked'), 'the chosen score');

    // A kiosk from now on; its idle code is imported at the next update, after this task.
    nps.kiosk = true;
    nps.remove();
    el.append(nps);
    await waitFor(() => find(nps, 'legend'), 'the widget back on the page');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(find(nps, 'input:checked')).to.equal(null);
  });
});
