/**
 * <palaute-results> against a running palaute-collector (PGlite in a temporary folder), in
 * Debian's Chromium: the table shows what the collector computed, suppresses small groups, updates
 * live when answers arrive, passes axe, and fits 320 px; `view="meeting"` shows the meeting items
 * (issue 21). The page is on another origin, as an
 * intranet page would be.
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

function meetingEnvelope(unit, meetingId, role, heard) {
  return {
    ...envelope(unit, 0),
    kind: 'meeting',
    data: { meetingId, role, scale: 'numbers', items: { heard, mattered: 8, together: 8, overall: 8 } },
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
    // Five meetings where a parent gave "being heard" 9 and a municipal worker 6; a small office of 2.
    for (let i = 0; i < 5; i++) {
      const meetingId = randomUUID();
      await sendEnvelope(meetingEnvelope('meeting-office', meetingId, 'parent', 9));
      await sendEnvelope(meetingEnvelope('meeting-office', meetingId, 'municipal-worker', 6));
    }
    for (const heard of [3, 4])
      await sendEnvelope(meetingEnvelope('small-office', randomUUID(), 'parent', heard));

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

  describe('view="meeting"', () => {
    const meetingRows = () =>
      page.evaluate(() =>
        [...document.querySelector('#meeting').shadowRoot.querySelectorAll('tbody tr')].map((tr) =>
          [...tr.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()),
        ),
      );
    const showMeeting = (respondent) =>
      page.evaluate(
        async (src, token, respondent) => {
          document.querySelector('#meeting')?.remove();
          const el = document.createElement('palaute-results');
          el.id = 'meeting';
          el.setAttribute('view', 'meeting');
          if (respondent) el.setAttribute('respondent', respondent);
          el.src = src;
          el.token = token;
          document.querySelector('main').append(el);
          await new Promise((resolve) => {
            const wait = () => (el.shadowRoot?.querySelector('tbody tr') ? resolve() : setTimeout(wait, 20));
            wait();
          });
        },
        `${collectorUrl}/`,
        TOKEN,
        respondent,
      );

    it('shows each item’s mean and n, the family–municipal gap, and a small office as suppressed', async () => {
      await showMeeting();
      const rows = await meetingRows();
      // Being heard: parents 9 × 5, municipal workers 6 × 5 → mean 7.5 of 10, gap +3 over 5 meetings.
      assert.deepEqual(rows[0], [
        'meeting-office',
        'family-work',
        'Being heard',
        '7.5',
        '10',
        '+3 (family 9, municipal 6; 5 meetings)',
      ]);
      assert.deepEqual(
        rows.slice(1, 4).map((row) => [row[2], row[3], row[5]]),
        [
          ['Talking about what matters', '8', '0 (family 8, municipal 8; 5 meetings)'],
          ['The way we worked together', '8', '0 (family 8, municipal 8; 5 meetings)'],
          ['The meeting as a whole', '8', '0 (family 8, municipal 8; 5 meetings)'],
        ],
      );
      // Two answers: no numbers, one row across the number columns, as in the NPS view.
      assert.deepEqual(rows[4], [
        'small-office',
        'family-work',
        'All questions',
        'Too few answers (fewer than 5)',
      ]);
      assert.equal(rows.length, 5);
      const caption = await page.evaluate(() =>
        document.querySelector('#meeting').shadowRoot.querySelector('caption').textContent.trim(),
      );
      assert.equal(caption, 'Client-plan meeting ratings (0–10) by office and service');
    });

    it('passes axe', async () => {
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#meeting'));
        return result.violations.map((v) => `${v.id}: ${v.nodes.length}`);
      });
      assert.deepEqual(violations, []);
    });

    it('filters by respondent: the parents alone, whose gap has no other side and is suppressed', async () => {
      await showMeeting('parent');
      const [heard] = await meetingRows();
      assert.deepEqual(heard, [
        'meeting-office',
        'family-work',
        'Being heard',
        '9',
        '5',
        'Too few answers (fewer than 5)',
      ]);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#meeting'));
        return result.violations.map((v) => `${v.id}: ${v.nodes.length}`);
      });
      assert.deepEqual(violations, []);
    });

    it('updates live when a meeting answer arrives, still filtered by respondent', async () => {
      await page.evaluate(() => document.querySelector('#meeting').setAttribute('live', ''));
      // The stream opens with every view: wait for it before sending.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await sendEnvelope(meetingEnvelope('meeting-office', randomUUID(), 'parent', 3));
      await sendEnvelope(meetingEnvelope('meeting-office', randomUUID(), 'municipal-worker', 0));
      // The answers column (the 5th cell) of the first row: 5 parents before, 6 after.
      await page.waitForFunction(
        () =>
          document
            .querySelector('#meeting')
            .shadowRoot.querySelector('tbody tr')
            ?.children[4]?.textContent.trim() === '6',
        { timeout: 10_000 },
      );
      // The parents' 9 × 5 and 3: mean 8 of 6; the municipal worker's 0 is not counted.
      const [heard] = await meetingRows();
      assert.deepEqual(heard.slice(3, 5), ['8', '6']);
    });
  });
});
