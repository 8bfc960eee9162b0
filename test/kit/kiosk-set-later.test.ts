/**
 * Kiosk mode switched on after the widget has rendered (a page that sets `kiosk` from its own
 * settings): the idle code, imported only then (issue 24), still warns with its announced notice,
 * styled as the notice is (fixed on top), and clears the unfinished answer. Every answer widget.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../support/endpoint.js';
import { disposeTestOutboxes, testOutbox } from '../support/outbox.js';
import { renderWidget, WIDGETS } from '../support/widgets.js';

const checked = (el: Element) => [...el.shadowRoot!.querySelectorAll('input')].some((input) => input.checked);
const notice = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.idle-notice');

describe('kiosk mode set after the first render', () => {
  afterEach(disposeTestOutboxes);

  for (const widget of WIDGETS) {
    it(`<${widget.tag}> warns, then clears the answer begun before kiosk was set`, async function () {
      this.timeout(20_000);
      // The deviation form's idle time is its reset-after; the others have idle-after.
      const el = await renderWidget(widget, testOutbox(), {
        lang: 'en',
        'idle-after': '4',
        'reset-after': '4',
      });
      await widget.begin(el);
      await waitFor(() => checked(el), 'the answer begun');

      el.setAttribute('kiosk', '');
      const shown = await waitFor(() => notice(el), 'the notice', 6000);
      expect(shown.getAttribute('role')).to.equal('alert');
      expect(shown.querySelector('p')!.textContent).to.match(/\b2\b/);
      expect(shown.querySelector('button.primary')).not.to.equal(null);
      // Its styles were adopted with the code: fixed on top of the screen.
      expect(getComputedStyle(shown).position).to.equal('fixed');
      await expect(el).to.be.accessible();

      await waitFor(() => !checked(el), 'the answer cleared', 6000);
      expect(notice(el)).to.equal(null);
    });
  }
});
