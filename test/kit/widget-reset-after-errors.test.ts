/**
 * Part of the contract every widget keeps (issue 25), run against each through the drivers in
 * test/support/widgets.ts: after Send pressed on an empty widget, no way of starting over (reset(),
 * kiosk mode's start over after an answer, kiosk idle) shows the next person the previous person's
 * errors. A file of its own beside widget-contract.test.ts: its kiosk waits would push that file
 * past the runner's two minutes per file in WebKit.
 */
import { expect } from '@open-wc/testing';
import { configure } from '../../src/delivery/configure.js';
import type { PalauteElement } from '../../src/kit/palaute-element.js';
import { TestEndpoint, waitFor } from '../support/endpoint.js';
import { disposeTestOutboxes, testOutbox } from '../support/outbox.js';
import { renderWidget, WIDGETS } from '../support/widgets.js';

/** Error messages on screen: a field's error, a summary, a notice that something is missing. */
const errorsShown = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.error, .summary')].map((node) => node.textContent!.trim());
const checked = (el: Element) => [...el.shadowRoot!.querySelectorAll('input')].some((i) => i.checked);

for (const widget of WIDGETS) {
  describe(`<${widget.tag}> as every widget: starting over after a failed Send`, () => {
    afterEach(() => {
      disposeTestOutboxes();
      configure({ endpoint: undefined, unit: undefined, service: undefined, messages: undefined });
    });

    const kiosk = { endpoint: '/x', kiosk: true, 'idle-after': '2', 'reset-after': '2', lang: 'en' };

    /** Send pressed on the empty widget: the error state, checked to be on screen. */
    async function sendEmpty(el: PalauteElement) {
      await widget.states.find((state) => state.name === 'errors')!.reach(el);
      expect(errorsShown(el), 'the error state').not.to.deep.equal([]);
    }

    /** The first screen as a new person gets it: no error, no invalid field, no answer, no thank-you. */
    async function expectFirstScreenAsNew(el: PalauteElement) {
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(errorsShown(el), 'errors').to.deep.equal([]);
      expect(root.querySelectorAll('[aria-invalid="true"]'), 'invalid fields').to.have.length(0);
      expect(root.querySelector('.thanks, .receipt'), 'a thank-you').to.equal(null);
      expect(checked(el), 'a choice').to.equal(false);
      const { selector } = widget.firstScreenMessage;
      expect(root.querySelector(selector)?.textContent?.trim(), 'the first screen')
        .to.be.a('string')
        .and.not.equal('');
    }

    it('shows the next person no errors after reset()', async () => {
      const el = await renderWidget(widget, testOutbox(), { endpoint: '/x', lang: 'en' });
      await sendEmpty(el);
      (el as unknown as { reset(): void }).reset();
      await expectFirstScreenAsNew(el);
    });

    it('shows the next person no errors when kiosk mode starts over after an answer', async () => {
      const endpoint = await TestEndpoint.create();
      const el = await renderWidget(widget, testOutbox(), {
        ...kiosk,
        endpoint: endpoint.url,
        'reset-after': '1',
      });
      await sendEmpty(el);
      await widget.answer(el);
      const thanks = () => el.shadowRoot!.querySelector('.thanks, .receipt');
      await waitFor(thanks, 'the thank-you');
      await waitFor(() => !thanks(), 'the start again', 4000);
      await expectFirstScreenAsNew(el);
    });

    it('shows the next person no errors when kiosk idle clears an answer begun after them', async () => {
      const el = await renderWidget(widget, testOutbox(), kiosk);
      await sendEmpty(el);
      await widget.begin(el);
      await waitFor(() => checked(el), 'the answer begun');
      await waitFor(() => !checked(el), 'the idle reset', 6000);
      await expectFirstScreenAsNew(el);
    });

    it('shows the next person no errors when kiosk idle finds only the errors left', async () => {
      const el = await renderWidget(widget, testOutbox(), kiosk);
      await sendEmpty(el);
      await waitFor(() => errorsShown(el).length === 0, 'the idle reset', 6000);
      await expectFirstScreenAsNew(el);
    });
  });
}
