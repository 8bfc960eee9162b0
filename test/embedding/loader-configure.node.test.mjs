/**
 * The loader as most portals will use it: `dist/palaute.js` in a script tag, and an inline module
 * of the page importing `configure()` from it. That module must run before the page's
 * DOMContentLoaded (a widget says so if it has no endpoint once the page's scripts have run), and
 * the widgets' own copy of the configuration must see what the page set. The outbox's chunk is
 * served slowly here: the loader must not wait for it before it can be configured.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { receiveAnswer } from '../support/receive-answer.mjs';

const dist = resolve(import.meta.dirname, '../../dist');

const PAGE = `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>Loader and configure()</title>
<script>
  window.__order = [];
  document.addEventListener('DOMContentLoaded', () => window.__order.push('DOMContentLoaded'));
</script>
<script type="module">
  import { configure } from '/dist/palaute.js?v=3';
  configure({ endpoint: '/api/feedback', unit: 'configured-inline' });
  window.__order.push('configured');
</script>
</head>
<body><palaute-nps service="nps"></palaute-nps></body></html>`;

describe('dist/palaute.js configured from an inline module of the page', () => {
  const received = [];
  const consoleErrors = [];
  let server;
  let browser;
  let page;

  before(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url, 'http://localhost');
      if (url.pathname === '/') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
      if (req.method === 'POST' && url.pathname === '/api/feedback') return receiveAnswer(req, res, received);
      if (url.pathname.startsWith('/dist/') && extname(url.pathname) === '.js') {
        const file = join(dist, url.pathname.slice('/dist/'.length));
        const delay = url.pathname.includes('palaute-outbox-') ? 400 : 0;
        setTimeout(() => {
          try {
            res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(file));
          } catch {
            res.writeHead(404).end();
          }
        }, delay);
        return undefined;
      }
      return void res.writeHead(404).end();
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
    page = await browser.newPage();
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      document.querySelector('palaute-nps')?.shadowRoot?.querySelector('input'),
    );
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => server.close(done));
  });

  it("runs the page's module before DOMContentLoaded, though the outbox's chunk is slow", async () => {
    assert.deepEqual(await page.evaluate(() => window.__order), ['configured', 'DOMContentLoaded']);
  });

  it('has the widget find the endpoint the page configured: no missing-endpoint error', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(
      consoleErrors.filter((text) => text.includes('endpoint')),
      [],
    );
  });

  it('sends the answer with what the page configured', async () => {
    await page.evaluate(() => {
      const root = document.querySelector('palaute-nps').shadowRoot;
      root.querySelectorAll('input')[8].click();
      root.querySelector('button[type=submit]').click();
    });
    const deadline = Date.now() + 8000;
    while (received.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(received.length, 1);
    assert.equal(received[0].context.unit, 'configured-inline');
    assert.deepEqual(received[0].data, { score: 8 });
  });
});
