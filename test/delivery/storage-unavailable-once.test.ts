/**
 * An answer IndexedDB refuses is reported once, in one wording: the outbox's `error`, the widget's
 * `palaute-error` and the console say the same sentence, and nothing says it twice.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { PalauteAnswerEvent, PalauteErrorDetail } from '../../src/delivery/events.js';
import { captureConsoleErrors } from '../support/console.js';
import { TestEndpoint } from '../support/endpoint.js';
import { disposeTestOutboxes, refusingWrites, testOutbox } from '../support/outbox.js';
import { renderWidget, WIDGETS } from '../support/widgets.js';

for (const widget of WIDGETS) {
  describe(`<${widget.tag}> storage-unavailable`, () => {
    afterEach(disposeTestOutboxes);

    it('is reported once, in the same words on the outbox, the widget and the console', async function () {
      // Typing the deviation report takes a while in Firefox on a busy machine.
      this.timeout(45_000);
      const endpoint = await TestEndpoint.create();
      const outbox = testOutbox();
      expect(await outbox.isDurable()).to.equal(true);
      const el = await renderWidget(widget, outbox, { endpoint: endpoint.url, lang: 'en' });
      const fromOutbox: PalauteErrorDetail[] = [];
      const fromWidget: PalauteErrorDetail[] = [];
      outbox.addEventListener('error', (e) => fromOutbox.push(e.detail));
      el.addEventListener('palaute-error', (e) => fromWidget.push(e.detail));
      let answered!: PalauteAnswerEvent;
      const consoleErrors = await captureConsoleErrors(() =>
        refusingWrites(1, async () => {
          const event = oneEvent(el, 'palaute-answer');
          await widget.answer(el);
          answered = (await event) as PalauteAnswerEvent;
        }),
      );
      await endpoint.waitForRequests(1);
      const { id } = answered.detail;
      expect(answered.durable).to.equal(false);

      expect(fromOutbox.map((e) => [e.code, e.id])).to.deep.equal([['storage-unavailable', id]]);
      const [said] = fromOutbox;
      expect(said!.message).to.match(/IndexedDB refused the answer/);
      expect(fromWidget, 'one palaute-error, the outbox’s own').to.deep.equal([said]);
      expect(consoleErrors, 'one console error, in the same words').to.have.length(1);
      expect(consoleErrors[0]).to.include(said!.message);
    });
  });
}
