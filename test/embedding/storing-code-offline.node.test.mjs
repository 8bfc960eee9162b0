/**
 * Issue 24: the code that stores an answer (dist/palaute-storing-*.js) is not part of the first
 * render; it loads at the first touch or focus in a widget, or at idle. Where it cannot be fetched
 * when someone answers (the connection dropped after the page loaded), the answer is not lost: the
 * widget thanks the person, says `durable: false` with a `storage-unavailable` error, keeps the
 * answer in the page's memory, and stores and sends it once the browser is back online.
 * A real HTTP server, the built loader, and Debian's Chromium through puppeteer-core (Chromium
 * fetches a failed dynamic import again when asked again: the retry needs that).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startLoaderPageServer, waitForReceived } from '../support/loader-page-server.mjs';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>NPS</title>
<script type="module" src="/palaute/palaute.js"></script></head>
<body><main><palaute-nps endpoint="/api/feedback" unit="storing-offline"></palaute-nps></main></body></html>`;
const STORING_CODE = /^palaute-storing-[\w-]{6}\.js$/;

describe('the storing code out of reach when someone answers', () => {
  /** While true, the storing code's file is answered 503, as a dropped connection fails it. */
  let storingOutOfReach = true;
  let storingRequests = 0;
  let server;

  before(async () => {
    server = await startLoaderPageServer({ '/': PAGE }, (file, res) => {
      if (!STORING_CODE.test(file)) return false;
      storingRequests += 1;
      if (!storingOutOfReach) return false;
      res.writeHead(503).end();
      return true;
    });
  });

  after(() => server.close());

  it('thanks the person, says the answer is not durable, and sends it once back online', async () => {
    const { browser, base, received } = server;
    const page = await browser.newPage();
    const consoleErrors = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.waitForSelector('pierce/label.option');
    await page.evaluate(() => {
      window.events = [];
      const nps = document.querySelector('palaute-nps');
      nps.addEventListener('palaute-answer', (e) =>
        window.events.push({ type: e.type, durable: e.durable, id: e.detail.id }),
      );
      nps.addEventListener('palaute-error', (e) => window.events.push({ type: e.type, ...e.detail }));
    });

    const options = await page.$$('pierce/label.option');
    await options[8].click();
    await (await page.$('pierce/button[type="submit"]')).click();
    await page.waitForFunction(() => window.events.some((e) => e.type === 'palaute-answer'));
    await page.waitForSelector('pierce/.thanks-title');

    const events = await page.evaluate(() => window.events);
    const answer = events.find((e) => e.type === 'palaute-answer');
    assert.equal(answer.durable, false, 'durable: false while the answer is only in memory');
    const error = events.find((e) => e.type === 'palaute-error');
    assert.equal(error?.code, 'storage-unavailable', JSON.stringify(events));
    assert.equal(error.id, answer.id);
    assert.ok(
      consoleErrors.some((text) => text.includes('<palaute-nps>') && text.includes('could not be loaded')),
      `a console error naming the widget: ${consoleErrors.join(' | ')}`,
    );
    assert.ok(storingRequests >= 1, 'the storing code was asked for');
    assert.deepEqual(received, [], 'nothing sent while the code is out of reach');

    // Back online: the code loads and the answer kept in memory is stored and sent.
    storingOutOfReach = false;
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await waitForReceived(received, (envelope) => envelope.id === answer.id);
    assert.deepEqual(
      received.map((envelope) => [envelope.id, envelope.data.score, envelope.context.unit]),
      [[answer.id, 8, 'storing-offline']],
    );
    await page.close();
  });
});
