/**
 * The CDN form of the one-script embed (README, "From a public CDN"): the loader and its chunks
 * from another origin than the page's (test/support/cdn-origin.mjs: a second server, another
 * port), with the loader's `integrity` and the import map's integrity for the chunks, under the
 * README's strict CSP. A loader or chunk that is not the published one must not run; a CDN that
 * sends no CORS header cannot serve the module at all (module scripts and import() always fetch
 * in CORS mode). The page is a same-origin iframe, so the test reads it directly.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../support/endpoint.js';

interface SitePage extends Window {
  __violations: string[];
  __scriptErrors: string[];
  __answers: string[];
  __palauteTampered?: string;
}

const engine = navigator.userAgent.includes('Firefox')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome')
    ? 'chromium'
    : 'webkit';

const frames: HTMLIFrameElement[] = [];

async function openSite(variant: string): Promise<SitePage> {
  const frame = document.createElement('iframe');
  frame.src = `/cdn-site/${variant}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as SitePage;
}

const scriptsFetched = (page: SitePage) =>
  page.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.endsWith('.js') && !name.endsWith('/watch.js'));

/** Long enough for the loader and its chunks to arrive and run, had they been allowed to. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

describe('dist/palaute.js from a CDN (another origin), with subresource integrity', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('loads the loader and the NPS chunks from the other origin under the strict CSP, and delivers', async () => {
    const page = await openSite('published');
    const nps = await waitFor(
      () => page.document.querySelector('palaute-nps')?.shadowRoot?.querySelector('input') && page.document.querySelector('palaute-nps'),
      'the NPS question rendered from the CDN',
    );
    const scripts = scriptsFetched(page);
    expect(scripts.some((url) => url.endsWith('/published/dist/palaute.js'))).to.equal(true);
    expect(scripts.some((url) => /\/palaute-nps-[\w-]+\.js$/.test(url))).to.equal(true);
    for (const url of scripts) expect(new URL(url).origin, url).to.not.equal(location.origin);
    const before = (await (await fetch('/test-endpoint/cdn-published/log')).json()).requests.length;
    const root = nps.shadowRoot!;
    (root.querySelectorAll('input')[9] as HTMLInputElement).click();
    (root.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await waitFor(async () => {
      const { requests } = await (await fetch('/test-endpoint/cdn-published/log')).json();
      return requests.length > before;
    }, 'the answer at the endpoint');
    expect(page.__answers).to.deep.equal(['nps']);
    expect(page.__violations).to.deep.equal([]);
    expect(page.__scriptErrors).to.deep.equal([]);
  });

  it('does not run a loader that is not the published one (integrity on the script tag)', async () => {
    const page = await openSite('tampered-loader');
    await settle();
    expect(page.__palauteTampered).to.equal(undefined);
    expect(page.customElements.get('palaute-nps')).to.equal(undefined);
    expect(page.__scriptErrors.some((url) => url.endsWith('/tampered-loader/dist/palaute.js'))).to.equal(true);
  });

  it('does not run a changed chunk where the engine checks import-map integrity', async () => {
    const page = await openSite('tampered-chunk');
    await settle();
    // The loader itself is the published one and runs; the NPS chunk it imports was changed.
    expect(scriptsFetched(page).some((url) => /\/tampered-chunk\/dist\/palaute-nps-/.test(url))).to.equal(true);
    console.info(`import-map integrity in ${engine}: ${page.__palauteTampered === undefined ? 'checked' : 'NOT checked'}`);
    expect(page.__palauteTampered).to.equal(undefined);
    expect(page.customElements.get('palaute-nps')).to.equal(undefined);
  });

  it('cannot load from a CDN that sends no CORS header: module scripts are fetched in CORS mode', async () => {
    const page = await openSite('no-cors');
    await settle();
    expect(page.customElements.get('palaute-nps')).to.equal(undefined);
    expect(page.__scriptErrors.some((url) => url.endsWith('/no-cors/dist/palaute.js'))).to.equal(true);
  });
});
