/**
 * Issue 24: kiosk mode's idle reset (src/kit/kiosk-idle.ts: IdleController, its notice and the
 * notice's styles) is not fetched before the question is visible, nor ever on a page that is no
 * kiosk: it is imported once a widget has `kiosk`. The browser's resource timing says which
 * module files were fetched, as the test runner serves each source file on its own.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../support/endpoint.js';
import { disposeTestOutboxes, testOutbox } from '../support/outbox.js';
import { renderWidget, WIDGETS } from '../support/widgets.js';

// Room for every file this page fetches from here on (the default keeps 250 entries, then drops).
performance.setResourceTimingBufferSize(10_000);

const IDLE_MODULES = /\/src\/kit\/(kiosk-idle|idle-controller|idle-notice\.styles)\.ts/;
const idleModulesFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => IDLE_MODULES.test(url));

describe('kiosk mode: the idle code loads only for a kiosk', () => {
  afterEach(disposeTestOutboxes);

  it('is not fetched for widgets that are no kiosk, in use or not, and is once one becomes a kiosk', async () => {
    const widgets = [];
    for (const widget of WIDGETS) {
      const el = await renderWidget(widget, testOutbox(), {
        lang: 'en',
        'idle-after': '2',
        'reset-after': '2',
      });
      await widget.begin(el);
      widgets.push(el);
    }
    // Longer than the idle time these widgets would have in kiosk mode.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(idleModulesFetched(), 'idle code fetched for no kiosk').to.deep.equal([]);
    for (const el of widgets) {
      const sheets = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      expect(sheets.map((rule) => rule.cssText).join('\n')).not.to.contain('idle-notice');
    }

    // The same check sees the fetch once a widget is a kiosk: the absence above is not blindness.
    widgets[0]!.setAttribute('kiosk', '');
    await waitFor(() => idleModulesFetched().length === 3, 'the idle code fetched for the kiosk');
  });
});
