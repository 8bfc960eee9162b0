/**
 * The built loader's tags come from the widget list (scripts/widgets.ts): every answer widget in it
 * (and <palaute-you-said-we-did>, shown on the same public pages)
 * loads through dist/palaute.js when its tag appears, a widget added to the list included, and
 * <palaute-results>, <palaute-report-inbox> and <palaute-dashboard>, which send no answers, are
 * left to their own entries (`palaute/results`, `palaute/report-inbox`, `palaute/dashboard`). (`npm test` builds first.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ELEMENTS, LOADER_ELEMENTS, tagOf } from '../../scripts/widgets.js';
import { waitFor } from '../support/endpoint.js';

const LOADER = '/dist/palaute.js';

/** Whether the widget's own chunk (palaute-<folder>-<hash>.js, not its messages') was fetched. */
const chunkFetched = (folder: string) =>
  performance.getEntriesByType('resource').some((entry) => {
    const file = entry.name.split('/').pop() ?? '';
    return file.startsWith(`${tagOf(folder)}-`) && !file.includes('-messages.');
  });

describe('dist/palaute.js and the widget list', () => {
  before(async () => {
    const response = await fetch(LOADER, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${LOADER} is missing: run \`npm run build\` first`);
    await import(/* @vite-ignore */ LOADER);
  });

  it('loads every answer widget and public-page element in the list when its tag appears, and no other element', async () => {
    // Every element of the list on one page, so the loader sees them all in one pass.
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    page.innerHTML = ELEMENTS.map(({ folder }) => `<${tagOf(folder)} endpoint="/x" lang="en"></${tagOf(folder)}>`).join('');
    for (const { folder } of LOADER_ELEMENTS) {
      await waitFor(() => customElements.get(tagOf(folder)), `<${tagOf(folder)}> defined`);
      expect(chunkFetched(folder), `${tagOf(folder)}'s chunk`).to.equal(true);
    }
    const others = ELEMENTS.filter((element) => !LOADER_ELEMENTS.some((widget) => widget.folder === element.folder));
    expect(others.map(({ folder }) => tagOf(folder))).to.deep.equal([
      'palaute-results',
      'palaute-report-inbox',
      'palaute-dashboard',
    ]);
    for (const { folder } of others) {
      expect(customElements.get(tagOf(folder)), tagOf(folder)).to.equal(undefined);
      expect(chunkFetched(folder), `${tagOf(folder)}'s chunk`).to.equal(false);
    }
  });
});
