/**
 * dist/preload.json (issue 24) as a template uses it: a page that renders <palaute-nps> itself
 * writes `<link rel="modulepreload">` for the loader and the widget's modules, under the strict
 * CSP of strict-csp.node.test.mjs. The preloads are allowed, the widget's chunks are asked for
 * with the loader (not after it ran), each once, nothing else is needed before the scale shows,
 * and an answer is delivered. A real HTTP server and Debian's Chromium through puppeteer-core.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { receiveAnswer } from '../support/receive-answer.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(import.meta.dirname, '../../dist');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";
const BASE = '/assets/palaute/';

// What a template writes from the manifest: the loader and the widget's modules, preloaded.
function pageFor(manifest) {
  const links = [manifest.loader, ...manifest.widgets['palaute-nps'].modules]
    .map((file) => `<link rel="modulepreload" href="${BASE}${file}">`)
    .join('\n');
  return `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>Preloaded</title>
<script type="module" src="/watch.js"></script>
${links}
<script type="module" src="${BASE}${manifest.loader}"></script></head>
<body>
<script type="application/json" data-palaute-config>{"endpoint": "/api/feedback", "unit": "preload-test"}</script>
<palaute-nps service="nps"></palaute-nps>
</body></html>`;
}

// Collects CSP violations, and the moment the scale is first in the widget.
const WATCH = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
const check = () => document.querySelector('palaute-nps')?.shadowRoot?.querySelector('input') ? (window.__visibleAt = performance.now()) : requestAnimationFrame(check);
requestAnimationFrame(check);`;

describe('dist/preload.json: modulepreload tags a template writes, under a strict CSP', () => {
  const received = [];
  const requested = [];
  let manifest;
  let server;
  let browser;
  let page;

  before(async () => {
    manifest = JSON.parse(readFileSync(join(dist, 'preload.json'), 'utf8'));
    const html = pageFor(manifest);
    server = createServer((req, res) => {
      const send = (type, body, status = 200) => {
        res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CSP });
        res.end(body);
      };
      if (req.url === '/') return send('text/html', html);
      if (req.url === '/watch.js') return send('text/javascript', WATCH);
      if (req.url.startsWith(BASE) && extname(req.url) === '.js') {
        const file = join(dist, req.url.slice(BASE.length));
        if (file.startsWith(dist) && existsSync(file)) return send('text/javascript', readFileSync(file));
      }
      if (req.url === '/api/feedback' && req.method === 'POST') {
        return receiveAnswer(req, res, received, { 'Content-Security-Policy': CSP });
      }
      return send('text/plain', 'not found', 404);
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
    page = await browser.newPage();
    page.on('request', (request) => {
      if (request.url().includes(BASE)) requested.push(request.url().split('/').pop());
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => server.close(done));
  });

  it('names, for every widget, files that exist in dist/', () => {
    assert.equal(manifest.loader, 'palaute.js');
    for (const [tag, { modules, messages }] of Object.entries(manifest.widgets)) {
      assert.ok(modules[0].startsWith(`${tag}-`), `${tag}: its own chunk first`);
      for (const file of [...modules, ...Object.values(messages)]) {
        assert.ok(existsSync(join(dist, file)), `${tag}: dist/${file}`);
      }
      // A widget whose Swedish and English are modules of their own (loaded by language) lists
      // them; one that carries its three languages in its chunk lists none.
      const ownModules = existsSync(
        join(root, 'src/elements', tag.replace(/^palaute-/, ''), 'messages.sv.ts'),
      );
      assert.deepEqual(Object.keys(messages).sort(), ownModules ? ['en', 'sv'] : [], `${tag}: its messages`);
    }
  });

  it('fetches the widget with the loader, each file once, and nothing more before the scale shows', async () => {
    await page.waitForFunction(() => window.__visibleAt !== undefined);
    // The sender is fetched later, at idle: only what was asked for before the scale showed counts.
    const timings = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/assets/palaute/') && entry.startTime < window.__visibleAt)
        .map((entry) => ({
          file: entry.name.split('/').pop(),
          start: entry.startTime,
          end: entry.responseEnd,
        })),
    );
    const expected = [manifest.loader, ...manifest.widgets['palaute-nps'].modules];
    assert.deepEqual(
      timings.map((t) => t.file).sort(),
      [...expected].sort(),
      'before the scale shows: the loader and the manifest modules, nothing else',
    );
    const loader = timings.find((t) => t.file === manifest.loader);
    for (const { file, start } of timings) {
      assert.ok(start <= loader.end, `${file} asked for before the loader had arrived`);
    }
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  });

  it('takes an answer and delivers it, and has fetched no preloaded file twice', async () => {
    await page.evaluate(() => {
      const root = document.querySelector('palaute-nps').shadowRoot;
      root.querySelectorAll('input')[8].click();
      root.querySelector('button[type=submit]').click();
    });
    const deadline = Date.now() + 8000;
    while (received.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(
      received.map((e) => [e.kind, e.data.score, e.context.unit]),
      [['nps', 8, 'preload-test']],
    );
    const preloaded = [manifest.loader, ...manifest.widgets['palaute-nps'].modules];
    for (const file of preloaded) {
      assert.equal(requested.filter((name) => name === file).length, 1, `${file} requested once`);
    }
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  });
});
