/**
 * React 19 using the elements directly, bundled with esbuild as a React project would be and run in
 * Chromium: object properties arrive as properties, `onpalaute-answer` receives the event, and the
 * answers reach the endpoint.
 */
import { build } from 'esbuild';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { receiveAnswer } from '../support/receive-answer.mjs';

describe('a React 19 page using the elements', () => {
  const received = [];
  let server;
  let browser;
  let page;

  before(async () => {
    const bundled = await build({
      entryPoints: [resolve(import.meta.dirname, '../../demo/react-app.tsx')],
      bundle: true,
      format: 'esm',
      write: false,
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      tsconfig: resolve(import.meta.dirname, '../../tsconfig.json'),
    });
    const script = bundled.outputFiles[0].contents;
    server = createServer((req, res) => {
      if (req.url === '/app.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript' });
        return res.end(script);
      }
      if (req.url === '/api/feedback') return receiveAnswer(req, res, received);
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end(
        '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="/app.js"></script></body></html>',
      );
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      document.querySelector('palaute-emoji-survey')?.shadowRoot?.querySelector('input'),
    );
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  it('passes objects as properties', async () => {
    const texts = await page.evaluate(() => [
      document.querySelector('palaute-nps').shadowRoot.querySelector('legend').textContent,
      document.querySelector('palaute-emoji-survey').shadowRoot.querySelector('.question').textContent,
    ]);
    assert.deepEqual(texts, ['How likely are you to recommend this React page?', 'Is React fine?']);
  });

  it('hands the events to React handlers and delivers the answers', async () => {
    await page.evaluate(() => {
      const nps = document.querySelector('palaute-nps').shadowRoot;
      nps.querySelectorAll('input')[8].click();
      nps.querySelector('button[type=submit]').click();
      const survey = document.querySelector('palaute-emoji-survey').shadowRoot;
      survey.querySelector('input').click();
      survey.querySelector('button[type=submit]').click();
    });
    await page.waitForFunction(() => document.getElementById('answers').textContent.split(',').length === 2);
    const seen = await page.$eval('#answers', (output) => output.textContent.split(',').sort());
    assert.deepEqual(seen, ['emoji-survey', 'nps']);
    const deadline = Date.now() + 8000;
    while (received.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(
      received.map((e) => e.context.unit),
      ['react-page', 'react-page'],
    );
  });
});
