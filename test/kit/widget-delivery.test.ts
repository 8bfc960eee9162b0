/**
 * What every widget tells the page about delivery, tested once against each: whether an answer is
 * durable, storage problems, endpoints no browser can fetch, timers that hold what they are given.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { createEnvelope } from '../../src/delivery/create-envelope.js';
import type { PalauteAnswerEvent } from '../../src/delivery/events.js';
import type { PalauteErrorDetail } from '../../src/delivery/events.js';
import { captureConsoleErrors } from '../support/console.js';
import { TestEndpoint, waitFor } from '../support/endpoint.js';
import { disposeTestOutboxes, refusingWrites, testOutbox } from '../support/outbox.js';
import { renderWidget, WIDGETS } from '../support/widgets.js';

for (const widget of WIDGETS) {
  describe(`<${widget.tag}> delivery`, () => {
    afterEach(disposeTestOutboxes);

    it('says on palaute-answer whether the answer is durable, reports a failed write once in the outbox’s words, and tries IndexedDB again', async function () {
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
      expect(answered.durable).to.equal(false);
      // Said once, in one wording: the outbox's error, the widget's palaute-error and the console.
      expect(fromOutbox.map((e) => [e.code, e.id])).to.deep.equal([
        ['storage-unavailable', answered.detail.id],
      ]);
      const [said] = fromOutbox;
      expect(said!.message).to.match(/IndexedDB refused the answer/);
      expect(fromWidget, 'one palaute-error, the outbox’s own').to.deep.equal([said]);
      expect(consoleErrors, 'one console error, in the same words').to.have.length(1);
      expect(consoleErrors[0]).to.include(said!.message);
      // The body is exactly the envelope: durability is on the event, never in the answer.
      const [request] = await endpoint.waitForRequests(1);
      expect(request!.body).to.deep.equal(answered.detail);
      expect(answered.detail).not.to.have.property('durable');

      // The page did not switch to memory for good: the next answer goes to IndexedDB again.
      const next = createEnvelope('nps', { score: 5 }, 'en', answered.detail.context);
      expect((await outbox.enqueue(next, endpoint.url)).durable).to.equal(true);
    });

    it('reports an endpoint on a port browsers block as invalid-endpoint when it is set', async () => {
      const outbox = testOutbox();
      const codes: string[] = [];
      const errors = await captureConsoleErrors(async () => {
        const el = await renderWidget(widget, outbox, {
          endpoint: 'http://127.0.0.1:6000/answers',
          lang: 'en',
        });
        el.addEventListener('palaute-error', (e) => codes.push(`${e.detail.code}:${e.detail.field}`));
        el.setAttribute('endpoint', 'https://user:secret@example.org/answers');
        await el.updateComplete;
      });
      expect(codes).to.include('invalid-endpoint:endpoint');
      expect(errors.some((e) => e.includes('port 6000'))).to.equal(true);
    });

    it('keeps the thank-you when reset-after is larger than a timer can hold', async () => {
      const endpoint = await TestEndpoint.create();
      const el = await renderWidget(widget, testOutbox(), {
        endpoint: endpoint.url,
        kiosk: true,
        'reset-after': '3000000',
        lang: 'en',
      });
      await widget.answer(el);
      const thanks = () => el.shadowRoot!.querySelector('.thanks, .receipt');
      await waitFor(thanks, 'the thank-you');
      await endpoint.waitForRequests(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(thanks(), 'still thanking, not reset at once').to.not.equal(null);
    });
  });
}
