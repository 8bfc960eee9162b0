/**
 * Issue 24: at idle every page asks whether anything waits for the sender (src/delivery/sender-start.ts);
 * its code loads only then. Nothing waiting: no sender code, and no database opened or created
 * where none exists. Something another tab left while this page was open: sent when the browser
 * comes back online. (An earlier visit's answer on a page with no widget:
 * sender-without-widget.node.test.mjs.) A real HTTP server, the built loader, Debian's Chromium.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { receiveAnswer } from '../support/receive-answer.mjs';

const dist = resolve(import.meta.dirname, '../../dist');
const PAGE = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>NPS</title>
<script type="module" src="/palaute/palaute.js"></script></head>
<body><main><palaute-nps endpoint="/api/feedback" unit="sender-when-waiting"></palaute-nps></main></body></html>`;

/** A pending envelope as the outbox keeps it (src/delivery/idb-storage.ts). */
const pendingRecord = (id) => ({
  envelope: {
    id,
    kind: 'nps',
    schemaVersion: 1,
    createdAt: new Date().toISOString(),
    locale: 'fi',
    context: { unit: 'another-tab', service: null, context: null, respondent: null },
    data: { score: 9 },
  },
  endpoint: '/api/feedback',
  attempts: 0,
  nextAttemptAt: 0,
});

/** Runs in the page: puts `record` into the outbox's database, as another tab's early write does. */
function putPending(record) {
  return new Promise((done, fail) => {
    const open = indexedDB.open('palaute-outbox', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('outbox');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const transaction = open.result.transaction('outbox', 'readwrite');
      transaction.objectStore('outbox').put(record, `pending:${record.envelope.id}`);
      transaction.oncomplete = () => (open.result.close(), done());
      transaction.onerror = () => fail(transaction.error);
    };
  });
}

const scriptsOf = (page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()));
const isSender = (file) => /^palaute-(outbox|shared-outbox)-/.test(file);

describe('the sender, loaded only when something waits for it', () => {
  const received = [];
  let server;
  let browser;
  let base;

  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
      if (req.url.startsWith('/palaute/') && extname(req.url) === '.js') {
        const file = join(dist, req.url.slice('/palaute/'.length));
        if (file.startsWith(dist) && existsSync(file)) {
          return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(file));
        }
      }
      if (req.url === '/api/feedback' && req.method === 'POST') return receiveAnswer(req, res, received);
      res.writeHead(404).end();
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => server.close(done));
  });

  /** A fresh profile (no databases), the page loaded, and time for idle and the question asked at idle. */
  async function idlePage() {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${base}/`, { waitUntil: 'load' });
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
    await page.evaluate(putPending, pendingRecord('00000000-0000-4000-8000-000000000000'));
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
    await page.evaluate(putPending, pendingRecord(id));
    await page.evaluate(() => dispatchEvent(new Event('online')));
    const deadline = Date.now() + 10_000;
    while (!received.some((envelope) => envelope.id === id) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.deepEqual(
      received.filter((envelope) => envelope.id === id).map((envelope) => envelope.context.unit),
      ['another-tab'],
    );
    assert.ok((await scriptsOf(page)).some(isSender), 'the sender loaded');
    await context.close();
  });
});
