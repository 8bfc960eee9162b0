/**
 * dist/palaute.js (the loader and its chunks, from a copy of dist/ served under another path) on a
 * page with the strict Content-Security-Policy a municipal portal may send:
 * `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self';
 * require-trusted-types-for 'script'`. Every widget must render, take an answer and deliver it with no
 * CSP violation reported, configured by the page's `<script type="application/json" data-palaute-config>`
 * block alone (an inline module calling configure() would be blocked here), the reports key
 * included: the deviation report is sealed by a chunk imported when it is sent. A real HTTP server
 * and Debian's Chromium through puppeteer-core.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { exportReportPublicKey, generateReportKeyPair, openDeviationReport } from '../../dist/crypto.js';
import { receiveAnswer } from '../support/receive-answer.mjs';

const root = resolve(import.meta.dirname, '../..');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";

const pageWith = (config) => `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>Strict CSP</title>
<script type="module" src="/watch.js"></script>
<script type="module" src="/assets/palaute/palaute.js"></script></head>
<body>
<script type="application/json" data-palaute-config>
  ${JSON.stringify(config)}
</script>
<palaute-nps service="nps"></palaute-nps>
<palaute-emoji-survey src="/survey.json"></palaute-emoji-survey>
<palaute-deviation-form privacy-url="/privacy"></palaute-deviation-form>
</body></html>`;

// Collects what the page reports; loaded before the widgets.
const WATCH = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
window.__answers = [];
document.addEventListener('palaute-answer', (e) => window.__answers.push(e.detail.kind));`;

const SURVEY = { id: 'csp-survey', scale: 3, questions: [{ id: 'q', text: 'Onko kivaa?' }] };

describe('dist/palaute.js under a strict CSP with Trusted Types', () => {
  const received = [];
  const consoleErrors = [];
  const fetchedScripts = [];
  let keyPair;
  let server;
  let browser;
  let page;
  const failedRequests = [];
  let base;

  before(async () => {
    keyPair = await generateReportKeyPair();
    const PAGE = pageWith({
      endpoint: '/api/feedback',
      unit: 'csp-test',
      reportKey: await exportReportPublicKey(keyPair.publicKey),
    });
    // The site copies dist/ into its own folder: the chunks must be found beside the loader.
    const copy = mkdtempSync(join(tmpdir(), 'palaute-dist-'));
    cpSync(resolve(root, 'dist'), copy, { recursive: true });
    server = createServer((req, res) => {
      const send = (type, body, status = 200) => {
        res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CSP });
        res.end(body);
      };
      if (req.url === '/') return send('text/html', PAGE);
      if (req.url.startsWith('/assets/palaute/') && extname(req.url) === '.js') {
        const file = join(copy, req.url.slice('/assets/palaute/'.length));
        if (file.startsWith(copy)) {
          try {
            return send('text/javascript', readFileSync(file));
          } catch {
            // falls through to 404
          }
        }
      }
      if (req.url === '/watch.js') return send('text/javascript', WATCH);
      if (req.url === '/survey.json') return send('application/json', JSON.stringify(SURVEY));
      if (req.url === '/api/feedback' && req.method === 'POST') {
        return receiveAnswer(req, res, received, { 'Content-Security-Policy': CSP });
      }
      return send('text/plain', 'not found', 404);
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
    page = await browser.newPage();
    // A delivered answer must not show as a failed request in the browser's network log.
    page.on('requestfailed', (request) =>
      failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`),
    );
    // Nor may any script of the copied dist/ be missing: the loader's parallel imports swallow errors.
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) fetchedScripts.push(response.url().split('/').pop());
      if (response.url().endsWith('.js') && response.status() >= 400) {
        failedRequests.push(`GET ${response.url()}: ${response.status()}`);
      }
    });
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      ['palaute-nps', 'palaute-emoji-survey', 'palaute-deviation-form'].every((tag) =>
        customElements.get(tag),
      ),
    );
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => server.close(done));
  });

  const inShadow = (tag, script) =>
    page.evaluate(
      (tag, script) => new Function('root', script)(document.querySelector(tag).shadowRoot),
      tag,
      script,
    );

  it('renders every widget, styled, from the bundle alone', async () => {
    // The survey arrives from its src after the element is defined: wait for what it shows.
    await page.waitForFunction(() =>
      ['palaute-nps', 'palaute-emoji-survey', 'palaute-deviation-form'].every((tag) =>
        document.querySelector(tag).shadowRoot?.querySelector('input'),
      ),
    );
    const rendered = await page.evaluate(() =>
      ['palaute-nps', 'palaute-emoji-survey', 'palaute-deviation-form'].map((tag) => {
        const root = document.querySelector(tag).shadowRoot;
        return [tag, root.querySelectorAll('input').length > 0, root.adoptedStyleSheets.length > 0];
      }),
    );
    for (const [tag, hasInputs, styled] of rendered) {
      assert.ok(hasInputs, `${tag} rendered no inputs`);
      assert.ok(styled, `${tag} has no styles`);
    }
    assert.deepEqual(
      fetchedScripts.filter((name) => name.startsWith('palaute-report-seal-')),
      [],
      'the report crypto is not loaded with the page',
    );
  });

  it('takes and delivers an answer from each widget', async () => {
    await inShadow(
      'palaute-nps',
      "root.querySelectorAll('input')[9].click(); root.querySelector('button[type=submit]').click();",
    );
    await page.waitForFunction(() =>
      document.querySelector('palaute-emoji-survey').shadowRoot.querySelector('input'),
    );
    await inShadow(
      'palaute-emoji-survey',
      "root.querySelector('input').click(); root.querySelector('button[type=submit]').click();",
    );
    await inShadow(
      'palaute-deviation-form',
      `const set = (selector, value) => { const c = root.querySelector(selector); if (typeof value === 'boolean') c.checked = value; else c.value = value; c.dispatchEvent(new Event('input', { bubbles: true })); };
       set('input[name=reporterRole][value=staff]', true);
       set('input[name=category][value=safety]', true);
       set('#description', 'Palovaroitin ei toimi yläkerrassa.');
       set('input[name=harm][value=no]', true);
       return new Promise((r) => setTimeout(r)).then(() => root.querySelector('button[type=submit]').click());`,
    );
    const deadline = Date.now() + 8000;
    while (received.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(received.map((e) => e.kind).sort(), ['deviation-report', 'emoji-survey', 'nps']);
    assert.deepEqual(
      received.map((e) => e.context.unit),
      ['csp-test', 'csp-test', 'csp-test'],
      'the unit comes from the config block',
    );
    assert.deepEqual(await page.evaluate(() => window.__answers.sort()), [
      'deviation-report',
      'emoji-survey',
      'nps',
    ]);
  });

  it('seals the deviation report with the code it imports only when the report is sent', async () => {
    const report = received.find((envelope) => envelope.kind === 'deviation-report');
    assert.equal(typeof report.data.kid, 'string', 'sealed to the reports key');
    assert.equal(JSON.stringify(report).includes('Palovaroitin'), false);
    const opened = await openDeviationReport(() => keyPair, report.id, report.data);
    assert.equal(opened.description, 'Palovaroitin ei toimi yläkerrassa.');
    assert.equal(fetchedScripts.filter((name) => name.startsWith('palaute-report-seal-')).length, 1);
    assert.deepEqual(
      consoleErrors.filter((text) => text.includes('reportKey')),
      [],
    );
  });

  // Issue 24: kiosk mode's idle code is a chunk of its own, imported when a widget becomes a kiosk;
  // its notice's styles are adopted then, as a constructed sheet (an inline <style> is blocked here).
  it("loads kiosk mode's idle code only once a widget is a kiosk, its notice styled", async () => {
    const kioskChunks = () => fetchedScripts.filter((name) => name.startsWith('palaute-kiosk-idle-'));
    assert.deepEqual(kioskChunks(), [], 'not loaded for widgets that are no kiosk');
    await page.evaluate(() => {
      const nps = document.querySelector('palaute-nps');
      nps.reset();
      nps.setAttribute('idle-after', '2');
      nps.setAttribute('kiosk', '');
    });
    await page.waitForFunction(() => document.querySelector('palaute-nps').shadowRoot.querySelector('input'));
    await inShadow('palaute-nps', "root.querySelectorAll('input')[3].click();");
    await page.waitForFunction(
      () => document.querySelector('palaute-nps').shadowRoot.querySelector('.idle-notice'),
      { timeout: 5000 },
    );
    const position = await inShadow(
      'palaute-nps',
      "return getComputedStyle(root.querySelector('.idle-notice')).position;",
    );
    assert.equal(position, 'fixed', "the notice's styles adopted");
    assert.equal(kioskChunks().length, 1);
    await page.waitForFunction(
      () => !document.querySelector('palaute-nps').shadowRoot.querySelector('input:checked'),
      { timeout: 5000 },
    );
  });

  it('shows no delivered answer as a failed request', () => {
    assert.deepEqual(failedRequests, []);
  });

  it('reports no CSP or Trusted Types violation', async () => {
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  });

  it('finds its endpoint in the config block: no widget says it has none', () => {
    assert.deepEqual(
      consoleErrors.filter((text) => text.includes('endpoint')),
      [],
    );
  });
});
