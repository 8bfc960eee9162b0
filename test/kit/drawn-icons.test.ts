/**
 * Icons are drawn, never emoji glyphs (issue 21, item 6): a glyph is an empty box on a device
 * without a colour-emoji font, and a child cannot tell what such a button does. Every control of
 * every widget, on every screen its driver reaches, with voices present so that the read-aloud
 * buttons are drawn too.
 */
import { expect } from '@open-wc/testing';
import { TestEndpoint } from '../support/endpoint.js';
import { disposeTestOutboxes, testOutbox } from '../support/outbox.js';
import { renderWidget, WIDGETS } from '../support/widgets.js';

const EMOJI = /\p{Extended_Pictographic}/u;
const CONTROLS = 'button, label, summary, a, [role="button"]';

describe('controls show drawn icons, no emoji', () => {
  let speakers = 0;
  before(() => {
    const voices = ['fi-FI', 'sv-SE', 'en-GB'].map((lang) => ({ lang, name: lang }));
    const synth = Object.assign(new EventTarget(), { getVoices: () => voices, speak() {}, cancel() {} });
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
  });
  after(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    // The picture surveys drew their speaker buttons: the check above looked at them.
    expect(speakers, 'speaker buttons seen').to.be.greaterThan(0);
  });
  afterEach(disposeTestOutboxes);

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: no emoji in a control on any screen`, async function () {
      this.timeout(60_000);
      const endpoint = await TestEndpoint.create();
      for (const state of widget.states) {
        const el = await renderWidget(widget, testOutbox(), {
          endpoint: endpoint.url,
          lang: 'en',
          ...state.attributes,
        });
        await state.reach(el);
        const controls = [...el.shadowRoot!.querySelectorAll(CONTROLS)];
        speakers += el.shadowRoot!.querySelectorAll('.speaker, .listen').length;
        for (const control of controls) {
          const said = `${control.textContent} ${control.getAttribute('aria-label') ?? ''}`;
          expect(said, `${state.name}: ${control.outerHTML.slice(0, 120)}`).not.to.match(EMOJI);
        }
        el.remove();
      }
    });
  }
});
