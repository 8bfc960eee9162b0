/**
 * For the Node tests of the built loader in a real browser: an HTTP server with the test's pages,
 * dist/ under /palaute/, and an endpoint at /api/feedback that keeps what it receives, plus
 * Debian's Chromium through puppeteer-core. `refuse(file)` may answer a dist file itself (e.g. 503,
 * as a dropped connection fails it) by returning true.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { receiveAnswer } from './receive-answer.mjs';

const dist = resolve(import.meta.dirname, '../../dist');

export async function startLoaderPageServer(pages, refuse = () => false) {
  const received = [];
  const server = createServer((req, res) => {
    if (pages[req.url]) return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(pages[req.url]);
    if (req.url.startsWith('/palaute/') && extname(req.url) === '.js') {
      const file = join(dist, req.url.slice('/palaute/'.length));
      if (refuse(basename(file), res)) return;
      if (file.startsWith(dist) && existsSync(file)) {
        return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(file));
      }
    }
    if (req.url === '/api/feedback' && req.method === 'POST') return receiveAnswer(req, res, received);
    res.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    browser,
    received,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** Waits until `received` holds an envelope `found` accepts, for at most `ms`. */
export async function waitForReceived(received, found, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!received.some(found) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}
