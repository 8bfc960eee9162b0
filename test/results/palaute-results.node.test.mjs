/**
 * <palaute-results> against a running palaute-collector (PGlite in a temporary folder), in
 * Debian's Chromium: the table shows what the collector computed, suppresses small groups, updates
 * live when answers arrive, passes axe, and fits 320 px. The page is on another origin, as an
 * intranet page would be. `view="meeting"` is tested in every engine: meeting-results.test.ts.
 */
import { build } from 'esbuild';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { createCollector } from 'palaute-collector';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

const root = resolve(import.meta.dirname, '../..');
const TOKEN = 'results-token-for-the-test';

function envelope(unit, score) {
  return {
    id: randomUUID(),
    kind: 'nps',
    schemaVersion: 1,
    createdAt: new Date().toISOString(),
    locale: 'fi',
    context: { unit, service: 'family-work', context: null, respondent: 'parent' },
    data: { score },
  };
}

describe('<palaute-results> with a running collector', () => {
  let collector;
  let collectorUrl;
  let server;
  let browser;
  let page;
  let dataDir;

  async function send(unit, score) {
    await sendEnvelope(envelope(unit, score));
  }

  async function sendEnvelope(body) {
    const response = await fetch(`${collectorUrl}/v1/answers`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.id },
      body: JSON.stringify(body),
    });
    assert.equal(response.status, 201);
  }

  const rows = () =>
    page.evaluate(() =>
      [...document.querySelector('palaute-results').shadowRoot.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()),
      ),
    );

  before(async () => {
    const script = (
      await build({
        entryPoints: [resolve(root, 'src/elements/results/define.ts')],
        bundle: true,
        format: 'esm',
        write: false,
        tsconfig: resolve(root, 'tsconfig.json'),
      })
    ).outputFiles[0].contents;
    server = createServer((req, res) => {
      if (req.url === '/results.js')
        return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
      if (req.url === '/axe.js') {
        return res
          .writeHead(200, { 'Content-Type': 'text/javascript' })
          .end(readFileSync(resolve(root, 'node_modules/axe-core/axe.min.js')));
      }
      return res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end(
          '<!doctype html><html lang="en"><head><title>Results</title><script src="/axe.js"></script><script type="module" src="/results.js"></script></head><body><main><palaute-results live bucket="week"></palaute-results></main></body></html>',
        );
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    const pageOrigin = `http://127.0.0.1:${server.address().port}`;

    dataDir = mkdtempSync(join(tmpdir(), 'palaute-results-'));
    collector = await createCollector({
      port: 0,
      dataDir,
      allowedOrigins: [pageOrigin],
      tokens: [{ role: 'results', sha256: createHash('sha256').update(TOKEN).digest('hex') }],
      logLevel: 'warn',
      tuning: { streamThrottleMs: 100 },
    });
    collectorUrl = await collector.listen();
    for (const score of [10, 10, 9, 8, 3, 10]) await send('espoo-leppavaara', score);
    for (const score of [7, 2]) await send('vantaa-tikkurila', score);

    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
    page = await browser.newPage();
    await page.goto(`${pageOrigin}/`, { waitUntil: 'load' });
    await page.evaluate(
      async (src, token) => {
        await customElements.whenDefined('palaute-results');
        const el = document.querySelector('palaute-results');
        el.src = src;
        el.token = token;
      },
      `${collectorUrl}/`,
      TOKEN,
    );
    await page.waitForFunction(() =>
      document.querySelector('palaute-results').shadowRoot.querySelector('tbody tr'),
    );
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => server.close(done));
    await collector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the NPS the collector computed, and no numbers for a group under the threshold', async () => {
    const [espoo, vantaa] = await rows();
    // Numbers move in whole batches of the minimum group (the collector's suppression), so of
    // the six answers the first five received count: 10, 10, 9, 8, 3, NPS = (3 − 1) / 5 = +40.
    assert.deepEqual(espoo.slice(0, 8), [
      'espoo-leppavaara',
      'family-work',
      '+40',
      '±' + espoo[3].slice(1),
      '5',
      '3',
      '1',
      '1',
    ]);
    // No number at all for the small group: one cell across the number columns says why.
    assert.match(vantaa[2], /^Too few answers \(fewer than 5\)$/);
    assert.equal(vantaa.length, 4);
  });

  it('updates live when answers arrive', async () => {
    for (const score of [9, 9, 10]) await send('vantaa-tikkurila', score);
    await page.waitForFunction(
      () =>
        [...document.querySelector('palaute-results').shadowRoot.querySelectorAll('tbody tr')].some(
          (tr) => tr.textContent.includes('vantaa-tikkurila') && !tr.textContent.includes('Too few'),
        ),
      { timeout: 10_000 },
    );
    const vantaa = (await rows()).find((row) => row[0] === 'vantaa-tikkurila');
    // 3 promoters, 1 passive, 1 detractor of 5: +40.
    assert.equal(vantaa[2], '+40');
    assert.equal(vantaa[4], '5');
  });

  it('passes axe, is a captioned table with row headers, and is reachable with the keyboard', async () => {
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('palaute-results'));
      return result.violations.map((v) => `${v.id}: ${v.nodes.length}`);
    });
    assert.deepEqual(violations, []);
    const structure = await page.evaluate(() => {
      const shadow = document.querySelector('palaute-results').shadowRoot;
      return {
        caption: shadow.querySelector('caption').textContent.trim(),
        rowHeaders: shadow.querySelectorAll('tbody th[scope="row"]').length,
      };
    });
    assert.equal(structure.caption, 'Net Promoter Score (NPS) by office and service');
    assert.equal(structure.rowHeaders, 2);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      document.querySelector('palaute-results').shadowRoot.activeElement?.getAttribute('role'),
    );
    assert.equal(focused, 'region');
  });

  it('fits a 320 px wide screen: the table scrolls inside its region, not the page', async () => {
    await page.setViewport({ width: 320, height: 640 });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    assert.ok(
      widths.page <= widths.viewport,
      `page is ${widths.page} px wide in a ${widths.viewport} px viewport`,
    );
  });

  it('says plainly when the token may not read results', async () => {
    await page.evaluate(() => {
      document.querySelector('palaute-results').token = 'wrong';
    });
    await page.waitForFunction(() =>
      document.querySelector('palaute-results').shadowRoot.querySelector('[role="alert"]'),
    );
    const text = await page.evaluate(
      () => document.querySelector('palaute-results').shadowRoot.querySelector('[role="alert"]').textContent,
    );
    assert.match(text, /may not see these results/);
  });
});
