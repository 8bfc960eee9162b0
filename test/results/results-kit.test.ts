/**
 * `<palaute-results>` with the kit's languages and events: its texts come from the same
 * LocalizeController as the answer widgets' (language, configure(), `messages`), and it reports
 * through the one typed emit with a code that PalauteErrorCode declares.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configure } from '../../src/delivery/configure.js';
import type { PalauteErrorDetail } from '../../src/delivery/events.js';
import '../../src/elements/results/define.js';
import { captureConsoleErrors } from '../support/console.js';
import { waitFor } from '../support/endpoint.js';

/** A path the test server answers with 404: a collector that is not there. */
const NO_COLLECTOR = '/no-collector-here/';

const alertText = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim();

describe('<palaute-results> with the kit', () => {
  afterEach(() => configure({ messages: undefined }));

  it('reports an unreachable collector as results-unavailable, in the page language', async () => {
    const events: PalauteErrorDetail[] = [];
    const listener = (e: CustomEvent<PalauteErrorDetail>) => events.push(e.detail);
    document.addEventListener('palaute-error', listener);
    try {
      const errors = await captureConsoleErrors(async () => {
        const el = await fixture(html`<palaute-results lang="sv" src=${NO_COLLECTOR}></palaute-results>`);
        await waitFor(() => alertText(el), 'the error message');
        expect(alertText(el)).to.equal('Resultaten kan inte hämtas just nu. Försök igen om en stund.');
      });
      expect(events.map((e) => e.code)).to.deep.equal(['results-unavailable']);
      expect(events[0]!.message).to.match(/^<palaute-results> http:\/\/.+\/no-collector-here\/.+: HTTP 404$/);
      expect(errors).to.deep.equal([`[palaute] ${events[0]!.message}`]);
    } finally {
      document.removeEventListener('palaute-error', listener);
    }
  });

  it('shows configure() and then its own messages overrides, as the answer widgets do', async () => {
    configure({ messages: { 'palaute-results': { en: { unavailable: 'From configure' } } } });
    const el = await captureConsoleErrors(async () => {
      const results = await fixture(html`<palaute-results lang="en" src=${NO_COLLECTOR}></palaute-results>`);
      await waitFor(() => alertText(results) === 'From configure', 'the configured message');
      results.setAttribute('messages', JSON.stringify({ en: { unavailable: '<b>From the element</b>' } }));
      await waitFor(
        () => alertText(results) === '<b>From the element</b>',
        'the element’s own message, as text',
      );
      expect(results.shadowRoot!.querySelector('b')).to.equal(null);
    });
    expect(el).to.have.length(1);
  });
});
