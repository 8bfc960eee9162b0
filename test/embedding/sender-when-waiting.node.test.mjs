/**
 * Issue 24: at idle every page asks whether anything waits for the sender (src/delivery/sender-start.ts);
 * its code loads only then. Nothing waiting: no sender code, and no database opened or created
 * where none exists. Something another tab left while this page was open: sent when the browser
 * comes back online. (An earlier visit's answer on a page with no widget:
 * sender-without-widget.node.test.mjs.) A real HTTP server, the built loader, Debian's Chromium.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startLoaderPageServer, waitForReceived } from '../support/loader-page-server.mjs';
import { pendingRecord, putPending } from '../support/pending-records.mjs';

const PAGE = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>NPS</title>
<script type="module" src="/palaute/palaute.js"></script></head>
<body><main><palaute-nps endpoint="/api/feedback" unit="sender-when-waiting"></palaute-nps></main></body></html>`;

const scriptsOf = (page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()));
const isSender = (file) => /^palaute-(outbox|shared-outbox)-/.test(file);

describe('the sender, loaded only when something waits for it', () => {
  let server;

  before(async () => {
    server = await startLoaderPageServer({ '/': PAGE });
  });

  after(() => server.close());

  /** A fresh profile (no databases), the page loaded, and time for idle and the question asked at idle. */
  async function idlePage() {
    const context = await server.browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${server.base}/`, { waitUntil: 'load' });
    await page.waitForSelector('pierce/label.option');
    // The storing code is what asks; wait until it has, then give the answer a moment.
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((entry) => /palaute-storing-/.test(entry.name)),
    );
    await new Promise((r) => setTimeout(r, 1000));
    return { context, page };
  }

  it('loads no sender code and creates no database when nothing waits', async () => {
    const { context, page } = await idlePage();
    assert.deepEqual((await scriptsOf(page)).filter(isSender), [], 'no sender code');
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    assert.deepEqual(databases, [], 'no database opened or created by asking');
    await context.close();
  });

  it('loads no sender code where the outbox is empty', async () => {
    const { context, page } = await idlePage();
    // An outbox that sent everything: the database is there, empty.
    await page.evaluate(putPending, pendingRecord('00000000-0000-4000-8000-000000000000', 'another-tab', 9));
    await page.evaluate(
      () =>
        new Promise((done) => {
          const open = indexedDB.open('palaute-outbox', 1);
          open.onsuccess = () => {
            const transaction = open.result.transaction('outbox', 'readwrite');
            transaction.objectStore('outbox').clear();
            transaction.oncomplete = () => (open.result.close(), done());
          };
        }),
    );
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((entry) => /palaute-storing-/.test(entry.name)),
    );
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual((await scriptsOf(page)).filter(isSender), [], 'no sender code');
    await context.close();
  });

  it('sends, once back online, what another tab left while this page was open', async () => {
    const { context, page } = await idlePage();
    assert.deepEqual((await scriptsOf(page)).filter(isSender), []);
    const id = 'b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
    await page.evaluate(putPending, pendingRecord(id, 'another-tab', 9));
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await waitForReceived(server.received, (envelope) => envelope.id === id);
    assert.deepEqual(
      server.received.filter((envelope) => envelope.id === id).map((envelope) => envelope.context.unit),
      ['another-tab'],
    );
    assert.ok((await scriptsOf(page)).some(isSender), 'the sender loaded');
    await context.close();
  });
});
