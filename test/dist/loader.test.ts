/**
 * The built loader, dist/palaute.js, as a page gets it: it loads a widget's chunk only when the
 * widget's tag appears (in the document or a shadow root given to discover()), and a page with
 * only the NPS question fetches nothing of the other widgets. (`npm test` builds it first.)
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { TestEndpoint, waitFor } from '../support/endpoint.js';
import { clickCentre } from '../support/input.js';

const LOADER = '/dist/palaute.js';

interface Loader {
  getConfig(): { unit?: string };
  discover(root?: Document | ShadowRoot | Element): void;
  configure(options: { endpoint?: string; unit?: string }): void;
  getOutbox(): Promise<{ pendingCount(): Promise<number> }>;
}

const fetchedScripts = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/dist/palaute'));

/**
 * The first fetch of a file of dist/ whose name starts with `prefix`: a widget's own chunk is not
 * its messages' chunk (palaute-nps-messages.sv-…), unless the prefix names those.
 */
const resourceTiming = (prefix: string) =>
  performance
    .getEntriesByType('resource')
    .find((entry) => {
      const file = entry.name.split('/').pop() ?? '';
      return file.startsWith(prefix) && (prefix.includes('messages') || !file.includes('-messages.'));
    }) as PerformanceResourceTiming;

/** Whole milliseconds, give or take float noise (WebKit once gave 104.00000000000001 for both). */
const isWholeMs = (time: number) => Math.abs(time - Math.round(time)) < 1e-6;

/**
 * A file was asked for before `arrival`. WebKit gives resource timings in whole milliseconds, where
 * a file asked for together with a fast chunk can share that chunk's last millisecond (seen: 100 and
 * 100): there a tie counts as before. Other engines give fractions, and the check stays strict.
 */
function expectAskedBeforeArrival(start: number, arrival: number, what: string): void {
  if (isWholeMs(start) && isWholeMs(arrival)) expect(start, what).to.be.at.most(arrival);
  else expect(start, what).to.be.below(arrival);
}

describe('dist/palaute.js, the loader', () => {
  let loader: Loader;

  before(async () => {
    const response = await fetch(LOADER, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${LOADER} is missing: run \`npm run build\` first`);
    loader = (await import(/* @vite-ignore */ LOADER)) as Loader;
  });

  it('registers nothing until a widget appears, then only that widget', async () => {
    expect(customElements.get('palaute-nps')).to.equal(undefined);
    const endpoint = await TestEndpoint.create();
    const el = await fixture<HTMLElement>(html`<palaute-nps lang="en" endpoint=${endpoint.url}></palaute-nps>`);
    await customElements.whenDefined('palaute-nps');
    await waitFor(() => el.shadowRoot?.querySelector('label.option'), 'the scale');
    const answered = oneEvent(el, 'palaute-answer');
    await clickCentre(el.shadowRoot!.querySelectorAll('label.option')[9]!);
    await clickCentre(el.shadowRoot!.querySelector('button[type="submit"]')!);
    expect((await answered).detail.data).to.deep.equal({ score: 9 });
    await endpoint.waitForRequests(1);

    const scripts = fetchedScripts();
    expect(resourceTiming('palaute-nps-'), 'the NPS chunk').to.not.equal(undefined);
    // Nor kiosk mode's idle code (issue 24): this NPS is no kiosk.
    for (const other of ['emoji-survey', 'deviation-form', 'zod', 'kiosk-idle']) {
      expect(scripts.filter((name) => name.includes(`palaute-${other}`)), other).to.deep.equal([]);
    }
    // The chunks the NPS chunk imports are asked for with it, not after it has arrived. (The
    // sender, palaute-outbox-, is not one of them: it loads at idle, issue 24.)
    const nps = resourceTiming('palaute-nps-');
    for (const dependency of ['palaute-runtime-', 'palaute-delivery-']) {
      expectAskedBeforeArrival(resourceTiming(dependency).startTime, nps.responseEnd, dependency);
    }
    expect(customElements.get('palaute-emoji-survey')).to.equal(undefined);
    expect(customElements.get('palaute-deviation-form')).to.equal(undefined);
  });

  it('loads a widget that appears inside a shadow root handed to discover()', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    loader.discover(shadow);
    // The widget can ask for its messages only once it is defined: when that was, on the clock
    // resource timings use (WebKit's coarse timings can put a fast chunk's end after the start
    // of a file asked for with it, so the chunk's responseEnd is no fair line).
    const defined = customElements.whenDefined('palaute-deviation-form').then(() => performance.now());
    shadow.innerHTML = '<palaute-deviation-form endpoint="/x" lang="sv"></palaute-deviation-form>';
    const definedAt = await defined;
    const form = shadow.querySelector('palaute-deviation-form')!;
    await waitFor(() => form.shadowRoot?.querySelector('form'), 'the form');
    expect(fetchedScripts().some((name) => name.includes('palaute-deviation-form-'))).to.equal(true);
    // Its Swedish messages are asked for with its chunk, not once the widget asks for them.
    const swedish = resourceTiming('palaute-deviation-form-messages.sv-');
    expect(swedish.startTime).to.be.below(definedAt);
    expect(fetchedScripts().filter((name) => name.includes('palaute-deviation-form-messages.en-'))).to.deep.equal(
      [],
    );
  });

  it('can be loaded twice on one page without registering anything twice', async () => {
    const again = (await import(/* @vite-ignore */ `${LOADER}?loaded-again`)) as Loader;
    const el = await fixture<HTMLElement>(html`<palaute-emoji-survey endpoint="/x">
      <script type="application/json">
        { "id": "s", "scale": 3, "questions": [{ "id": "q", "text": "Onko kivaa?" }] }
      </script>
    </palaute-emoji-survey>`);
    again.discover(document);
    await customElements.whenDefined('palaute-emoji-survey');
    await waitFor(() => el.shadowRoot?.querySelector('.question'), 'the question');
    const emojiChunks = new Set(fetchedScripts().filter((name) => name.includes('palaute-emoji-survey-')));
    expect(emojiChunks.size, 'one chunk, fetched once').to.equal(1);
  });

  it('shares one configuration between copies loaded under different URLs (palaute.js?v=2)', async () => {
    const again = (await import(/* @vite-ignore */ `${LOADER}?v=2`)) as Loader;
    again.configure({ unit: 'copied-loader-unit' });
    expect(loader.getConfig().unit).to.equal('copied-loader-unit');
  });

  it('offers configure() and the outbox without any widget code', async () => {
    loader.configure({ endpoint: '/configured' });
    expect(await (await loader.getOutbox()).pendingCount()).to.be.a('number');
  });
});
