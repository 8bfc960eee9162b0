/**
 * Issue 24: the sender loads after the first render, and still on every page that loads
 * dist/palaute.js, one with no widget included: an answer an earlier visit left in IndexedDB is
 * sent from such a page. A real HTTP server and Debian's Chromium through puppeteer-core.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startLoaderPageServer, waitForReceived } from '../support/loader-page-server.mjs';
import { pendingRecord, putPending } from '../support/pending-records.mjs';

const PAGES = {
  // The earlier visit: nothing of Palaute runs; the test leaves the answer in IndexedDB.
  '/earlier':
    '<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Earlier</title></head></html>',
  '/': `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>No widget</title>
<script type="module" src="/palaute/palaute.js"></script></head><body><p>No question here.</p></body></html>`,
};

/** Left by an earlier visit. */
const LEFT_BEHIND = pendingRecord('0f8fad5b-d9cb-469f-a165-70867728950e', 'earlier-visit', 6);

describe('the sender on a page with no widget', () => {
  let server;

  before(async () => {
    server = await startLoaderPageServer(PAGES);
  });

  after(() => server.close());

  it('sends what an earlier visit left in IndexedDB', async () => {
    const { browser, base, received } = server;
    const page = await browser.newPage();
    await page.goto(`${base}/earlier`);
    await page.evaluate(putPending, LEFT_BEHIND);
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await waitForReceived(received, (envelope) => envelope.id === LEFT_BEHIND.envelope.id, 8000);
    assert.deepEqual(
      received.map((envelope) => envelope.id),
      [LEFT_BEHIND.envelope.id],
    );
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()),
    );
    assert.ok(
      scripts.some((file) => file.startsWith('palaute-outbox-')),
      `the sender was loaded: ${scripts}`,
    );
    assert.deepEqual(
      scripts.filter((file) =>
        /^palaute-(nps|emoji-survey|deviation-form|meeting-survey|runtime)-/.test(file),
      ),
      [],
      'no widget code',
    );
  });
});
