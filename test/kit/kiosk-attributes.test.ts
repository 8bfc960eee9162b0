/**
 * `reset-after` and `idle-after` are checked by the kit's KioskController for every widget that
 * has them: a bad value is said once when set, as a console error and a `palaute-error` naming the
 * attribute, and the widget keeps working on its default. (NPS once took a bad `idle-after`
 * silently while the emoji survey reported it.)
 */
import { expect } from '@open-wc/testing';
import type { PalauteErrorDetail } from '../../src/delivery/events.js';
import { captureConsoleErrors } from '../support/console.js';
import { disposeTestOutboxes, testOutbox } from '../support/outbox.js';
import { renderWidget, WIDGETS } from '../support/widgets.js';

/** The `palaute-error` events for `field` that reach the document while `run` runs. */
async function errorsFor(field: string, run: () => Promise<void>) {
  const events: PalauteErrorDetail[] = [];
  const listener = (event: CustomEvent<PalauteErrorDetail>) => {
    if (event.detail.field === field) events.push(event.detail);
  };
  document.addEventListener('palaute-error', listener);
  try {
    const console = await captureConsoleErrors(run);
    return { events, console: console.filter((line) => line.includes(`"${field}"`)) };
  } finally {
    document.removeEventListener('palaute-error', listener);
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** The widgets with their own idle time; the deviation form's is `reset-after`. */
const WITH_IDLE_AFTER = WIDGETS.filter((w) => w.tag !== 'palaute-deviation-form');

describe('kiosk attributes', () => {
  afterEach(disposeTestOutboxes);

  for (const widget of WITH_IDLE_AFTER) {
    it(`<${widget.tag}> reports a bad idle-after once, when it is set`, async () => {
      const { events, console } = await errorsFor('idle-after', async () => {
        const el = await renderWidget(widget, testOutbox(), {
          lang: 'en',
          kiosk: true,
          'idle-after': 'soon',
        });
        // Rendering again does not say it again.
        el.setAttribute('lang', 'sv');
        await el.updateComplete;
        await settle();
        el.setAttribute('idle-after', '30');
        await el.updateComplete;
        el.setAttribute('idle-after', '0');
        await el.updateComplete;
      });
      expect(events.map((e) => [e.code, e.message])).to.deep.equal([
        [
          'invalid-attribute',
          `<${widget.tag}> attribute "idle-after": "NaN" is not a number of seconds (1 or more); using 60`,
        ],
        [
          'invalid-attribute',
          `<${widget.tag}> attribute "idle-after": "0" is not a number of seconds (1 or more); using 60`,
        ],
      ]);
      expect(console).to.have.length(2);
    });
  }

  for (const widget of WIDGETS) {
    it(`<${widget.tag}> reports a bad reset-after once, when it is set`, async () => {
      const { events } = await errorsFor('reset-after', async () => {
        const el = await renderWidget(widget, testOutbox(), { lang: 'en', kiosk: true, 'reset-after': '-5' });
        el.setAttribute('lang', 'sv');
        await el.updateComplete;
        await settle();
      });
      expect(events.map((e) => [e.code, e.message])).to.deep.equal([
        [
          'invalid-attribute',
          `<${widget.tag}> attribute "reset-after": "-5" is not a number of seconds (1 or more); using ${widget.tag === 'palaute-deviation-form' ? 120 : 8}`,
        ],
      ]);
    });
  }
});
