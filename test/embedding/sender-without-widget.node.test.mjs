/**
 * Issue 24: the sender loads after the first render, and still on every page that loads
 * dist/palaute.js, one with no widget included: an answer an earlier visit left in IndexedDB is
 * sent from such a page. A real HTTP server and Debian's Chromium through puppeteer-core.
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
const PAGES = {
  // The earlier visit: nothing of Palaute runs; the test leaves the answer in IndexedDB.
  '/earlier':
    '<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Earlier</title></head></html>',
  '/': `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>No widget</title>
<script type="module" src="/palaute/palaute.js"></script></head><body><p>No question here.</p></body></html>`,
};

/** A pending envelope as the outbox keeps it (src/delivery/idb-storage.ts), left by an earlier visit. */
const LEFT_BEHIND = {
  envelope: {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    kind: 'nps',
    schemaVersion: 1,
    createdAt: new Date().toISOString(),
    locale: 'fi',
    context: { unit: 'earlier-visit', service: null, context: null, respondent: null },
    data: { score: 6 },
  },
  endpoint: '/api/feedback',
  attempts: 0,
  nextAttemptAt: 0,
};

describe('the sender on a page with no widget', () => {
  const received = [];
  let server;
  let browser;
  let base;

  before(async () => {
    server = createServer((req, res) => {
      if (PAGES[req.url]) return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGES[req.url]);
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

  it('sends what an earlier visit left in IndexedDB', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/earlier`);
    await page.evaluate(
      (record) =>
        new Promise((done, fail) => {
          const open = indexedDB.open('palaute-outbox', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('outbox');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const transaction = open.result.transaction('outbox', 'readwrite');
            transaction.objectStore('outbox').put(record, `pending:${record.envelope.id}`);
            transaction.oncomplete = () => (open.result.close(), done());
            transaction.onerror = () => fail(transaction.error);
          };
        }),
      LEFT_BEHIND,
    );
    await page.goto(`${base}/`, { waitUntil: 'load' });
    const deadline = Date.now() + 8000;
    while (received.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
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
