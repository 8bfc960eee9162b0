/**
 * What every widget promises, tested once against each of them: the common attributes of
 * DESIGN.md, message overrides, bad input reported without losing the answer, text rendered as
 * text, kiosk mode leaving nothing behind, and registration that tolerates a second load.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { configure } from '../../src/delivery/configure.js';
import { defineElement } from '../../src/kit/define.js';
import type { Envelope } from '../../src/schema/index.js';
import { envelopeSchema } from '../../src/schema/index.js';
import { captureConsoleErrors } from '../support/console.js';
import { TestEndpoint, waitFor } from '../support/endpoint.js';
import { disposeTestOutboxes, testOutbox } from '../support/outbox.js';
import { renderWidget, WIDGETS } from '../support/widgets.js';

const ATTACK = '<img src=x onerror="window.__palautePwned=1">';

for (const widget of WIDGETS) {
  describe(`<${widget.tag}> as every widget`, () => {
    afterEach(() => {
      disposeTestOutboxes();
      configure({ endpoint: undefined, unit: undefined, service: undefined, messages: undefined });
    });

    const shown = (el: Element) =>
      el.shadowRoot!.querySelector(widget.firstScreenMessage.selector)?.textContent?.trim();

    it('sends an envelope with the common attributes, valid by the schema', async () => {
      const endpoint = await TestEndpoint.create();
      const el = await renderWidget(widget, testOutbox(), {
        endpoint: endpoint.url,
        lang: 'sv',
        unit: 'espoo-leppavaara',
        service: 'foster-care',
        context: 'client-plan-meeting',
        respondent: 'staff',
      });
      const answered = oneEvent(el, 'palaute-answer');
      await widget.answer(el);
      const envelope = (await answered).detail;
      const [request] = await endpoint.waitForRequests(1);
      expect(envelopeSchema.safeParse(request!.body).success).to.equal(true);
      expect(request!.body).to.deep.equal(envelope);
      expect(envelope.locale).to.equal('sv');
      expect(envelope.context).to.deep.equal({
        unit: 'espoo-leppavaara',
        service: 'foster-care',
        context: 'client-plan-meeting',
        respondent: 'staff',
      });
    });

    it('shows message overrides from configure() and the messages attribute, as text', async () => {
      const { key, selector } = widget.firstScreenMessage;
      configure({ messages: { [widget.tag]: { en: { [key]: 'From configure' } } } });
      const el = await renderWidget(widget, testOutbox(), { lang: 'en' });
      expect(shown(el)).to.equal('From configure');
      el.setAttribute('messages', JSON.stringify({ en: { [key]: ATTACK } }));
      await el.updateComplete;
      expect(shown(el)).to.equal(ATTACK);
      expect(el.shadowRoot!.querySelector(`${selector} img`)).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as { __palautePwned?: number }).__palautePwned).to.equal(undefined);
    });

    it('reports malformed messages JSON naming the attribute and keeps working', async () => {
      const errors = await captureConsoleErrors(async () => {
        const el = await renderWidget(widget, testOutbox(), { lang: 'en', messages: '{not json' });
        expect(shown(el)).to.be.a('string').and.not.equal('');
      });
      expect(errors.some((e) => e.includes('attribute "messages" is not valid JSON'))).to.equal(true);
    });

    for (const bad of ['javascript:alert(1)', 'feedback endpoint', 'http://[::1']) {
      it(`reports the malformed endpoint "${bad}" and still keeps the answer`, async () => {
        const outbox = testOutbox();
        const events: string[] = [];
        const errors = await captureConsoleErrors(async () => {
          const el = await renderWidget(widget, outbox, { endpoint: bad, lang: 'en' });
          el.addEventListener('palaute-error', (e) => events.push(`${e.detail.code}:${e.detail.field}`));
          const answered = oneEvent(el, 'palaute-answer');
          await widget.answer(el);
          await answered;
        });
        expect(errors.some((e) => e.includes(`<${widget.tag}> attribute "endpoint"`))).to.equal(true);
        expect(events).to.include('invalid-endpoint:endpoint');
        const [pending] = await outbox.pending();
        expect(pending!.endpoint).to.equal(null);
      });
    }

    it('reports an unknown respondent role and leaves it out of the answer', async () => {
      const endpoint = await TestEndpoint.create();
      let envelope!: Envelope;
      const errors = await captureConsoleErrors(async () => {
        const el = await renderWidget(widget, testOutbox(), { endpoint: endpoint.url, respondent: 'boss' });
        const answered = oneEvent(el, 'palaute-answer');
        await widget.answer(el);
        envelope = (await answered).detail;
      });
      expect(envelope.context.respondent).to.equal(null);
      expect(errors.some((e) => e.includes('attribute "respondent": "boss" is not one of'))).to.equal(true);
    });

    it('uses the endpoint, unit and service given to configure() when the element has none', async () => {
      const endpoint = await TestEndpoint.create();
      configure({ endpoint: endpoint.url, unit: 'vantaa-tikkurila', service: 'family-work' });
      const el = await renderWidget(widget, testOutbox());
      await widget.answer(el);
      const [request] = await endpoint.waitForRequests(1);
      expect((request!.body as Envelope).context).to.include({
        unit: 'vantaa-tikkurila',
        service: 'family-work',
      });
    });

    it('in kiosk mode starts over after reset-after seconds, with nothing of the answer left', async () => {
      const endpoint = await TestEndpoint.create();
      const el = await renderWidget(widget, testOutbox(), {
        endpoint: endpoint.url,
        kiosk: true,
        'reset-after': '1',
        lang: 'en',
      });
      await widget.answer(el);
      const thanks = () => el.shadowRoot!.querySelector('.thanks, .receipt');
      await waitFor(thanks, 'the thank-you');
      await waitFor(() => !thanks() && shown(el), 'the start again', 4000);
      const root = el.shadowRoot!;
      expect([...root.querySelectorAll('input')].some((input) => input.checked)).to.equal(false);
      expect([...root.querySelectorAll('textarea')].every((area) => area.value === '')).to.equal(true);
      expect(root.textContent).not.to.contain('Ovi jäi yöksi auki');
      await expect(el).to.be.accessible();
      expect((await endpoint.requests()).length).to.equal(1);
    });

    it('keeps an answer whose storing outlasts a reset, and shows the next person the first screen', async () => {
      const endpoint = await TestEndpoint.create();
      const outbox = testOutbox();
      // The answer reaches IndexedDB, then the widget hears of it only once the test says so.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const enqueue = outbox.enqueue.bind(outbox);
      outbox.enqueue = async (...args) => {
        const result = await enqueue(...args);
        await held;
        return result;
      };
      const el = await renderWidget(widget, outbox, { endpoint: endpoint.url, lang: 'en' });
      const answered = oneEvent(el, 'palaute-answer');
      await widget.answer(el);
      await endpoint.waitForRequests(1);
      (el as unknown as { reset(): void }).reset();
      release();
      await answered;
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.thanks, .receipt'), 'no thank-you for the next person').to.equal(
        null,
      );
      expect(shown(el), 'the first screen').to.be.a('string').and.not.equal('');
      expect((await endpoint.requests()).length).to.equal(1);
    });

    it('marks its content with the language it is written in, fallbacks included', async () => {
      const contentLang = (el: Element) => el.shadowRoot!.querySelector('.base')!.getAttribute('lang');
      for (const [pageLang, expected] of [
        ['fi', 'fi'],
        ['sv-FI', 'sv'],
        ['se', 'fi'],
        ['de', 'fi'],
      ]) {
        const outbox = testOutbox();
        const page = await fixture<HTMLDivElement>(html`<div lang=${pageLang}></div>`);
        const el = await renderWidget(widget, outbox);
        page.append(el.parentElement!);
        await waitFor(() => contentLang(el) === expected, `lang="${expected}" on a "${pageLang}" page`);
      }
      const el = await renderWidget(widget, testOutbox(), { lang: 'sv' });
      expect(contentLang(el)).to.equal('sv');
    });

    it('makes its titles headings at the heading-level given (2 by default)', async () => {
      const endpoint = await TestEndpoint.create();
      const levels = async (attributes: Record<string, string>) => {
        const el = await renderWidget(widget, testOutbox(), { endpoint: endpoint.url, ...attributes });
        await widget.answer(el);
        const title = await waitFor(
          () => el.shadowRoot!.querySelector('.thanks-title, .receipt-title'),
          'title',
        );
        return [title.getAttribute('role'), title.getAttribute('aria-level')];
      };
      expect(await levels({})).to.deep.equal(['heading', '2']);
      expect(await levels({ 'heading-level': '4' })).to.deep.equal(['heading', '4']);
      expect(await levels({ 'heading-level': 'nine' })).to.deep.equal(['heading', '2']);
    });

    it('says at load, before anyone answers, that it has no endpoint', async () => {
      const events: string[] = [];
      const errors = await captureConsoleErrors(async () => {
        const el = document.createElement(widget.tag);
        el.addEventListener('palaute-error', (e) => events.push(`${e.detail.code}:${e.detail.field}`));
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        await waitFor(() => events.some((e) => e.endsWith(':endpoint')), 'the load-time report', 2000);
      });
      // The emoji survey, given no survey here, also reports that; only the endpoint matters now.
      expect(events.filter((e) => e.endsWith(':endpoint'))).to.deep.equal(['invalid-endpoint:endpoint']);
      expect(
        errors.some((e) => e.includes(`<${widget.tag}> attribute "endpoint": no endpoint attribute`)),
      ).to.equal(true);
    });

    it('stays quiet at load when a script configures the endpoint right after the widgets load', async () => {
      const errors = await captureConsoleErrors(async () => {
        const el = document.createElement(widget.tag);
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        configure({ endpoint: '/configured-later' });
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
      expect(errors.filter((e) => e.includes('attribute "endpoint"'))).to.deep.equal([]);
    });

    it('takes endpoint and unit from a <script type="application/json" data-palaute-config> block', async () => {
      const endpoint = await TestEndpoint.create();
      const block = document.createElement('script');
      block.type = 'application/json';
      block.dataset.palauteConfig = '';
      block.textContent = JSON.stringify({ endpoint: endpoint.url, unit: 'oulu-keskusta' });
      document.body.append(block);
      try {
        const el = await renderWidget(widget, testOutbox());
        await widget.answer(el);
        const [request] = await endpoint.waitForRequests(1);
        expect((request!.body as Envelope).context.unit).to.equal('oulu-keskusta');
      } finally {
        block.remove();
      }
    });

    it('can be registered twice without throwing', () => {
      const registered = customElements.get(widget.tag)!;
      expect(() => defineElement(widget.tag, registered)).not.to.throw();
      expect(() => defineElement(widget.tag, class extends HTMLElement {})).not.to.throw();
      expect(customElements.get(widget.tag)).to.equal(registered);
    });
  });
}
