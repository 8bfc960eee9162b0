/**
 * Issue 20, the reporter's side against a running palaute-collector (PGlite in a temporary
 * folder, reports key made by `reports init`), in Debian's Chromium: the form as a site embeds it
 * (dist/palaute.js and its chunks, sealing to the configured reportKey). A report is sent with a
 * receipt code in one browser context, then followed with the code in another one (its own
 * storage): status and due dates; a wrong code gets the one message; a handler's acknowledgement
 * and reply (sealed here as the inbox seals them) show; an addition typed offline waits in the
 * outbox and reaches the collector once online, as ciphertext only.
 *
 * Chained by the lead's issue-6 scenario: `sendReportWithCode()`, `followWithCode()` and
 * `addWhileOffline()` below are its steps.
 */
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { createCollector } from 'palaute-collector';
import { reportKeyId, sealReportMessage } from 'palaute/crypto';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { initReports } from '../report-inbox/report-keys.mjs';

const root = resolve(import.meta.dirname, '../..');
const TOKEN = 'reports-token-for-the-receipt-test';
const ANNA = { name: 'anna', passphrase: 'correct horse battery staple' };
const DESCRIPTION = 'SENTINEL-REPORT-5521 the night staff locked the phone away';
const REPLY = 'SENTINEL-REPLY-7310 we talked with the unit manager; the phone is given back';
const ADDITION = 'SENTINEL-ADDITION-2468 it happened again on Friday';
const TAG = 'palaute-deviation-form';

const pageFor = (config) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Report</title><script type="module" src="/palaute/palaute.js"></script></head>
<body><main>
<script type="application/json" data-palaute-config>${JSON.stringify(config)}</script>
<palaute-deviation-form lang="en"></palaute-deviation-form>
</main></body></html>`;

describe('<palaute-deviation-form> receipt codes with a running collector', () => {
  let dataDir;
  let collector;
  let collectorUrl;
  let site;
  let siteUrl;
  let browser;
  let organisationKey;
  const contexts = [];

  async function call(method, path, body) {
    const response = await fetch(`${collectorUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${TOKEN}`,
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: await response.json().catch(() => undefined) };
  }

  /** A page in a browser context of its own: its own IndexedDB, storage and cookies. */
  async function freshPage() {
    const context = await browser.createBrowserContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.setViewport({ width: 800, height: 900 });
    const posted = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posted.push({ url: request.url(), body: request.postData() ?? '' });
    });
    await page.goto(siteUrl);
    await page.waitForFunction(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('form'),
      {},
      TAG,
    );
    return { page, posted };
  }

  const inside = (selector) => `${TAG} >>> ${selector}`;
  const shadow = (page, fn, ...args) =>
    page.evaluate(
      (tag, source, ...rest) =>
        new Function('root', 'args', `return (${source})(root, args)`)(
          document.querySelector(tag).shadowRoot,
          rest,
        ),
      TAG,
      fn.toString(),
      ...args,
    );
  const text = (page, selector) =>
    shadow(
      page,
      (root, [wanted]) => root.querySelector(wanted)?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      selector,
    );
  const waitInside = (page, selector, timeout = 20_000) =>
    page.waitForFunction(
      (tag, wanted) => document.querySelector(tag).shadowRoot.querySelector(wanted),
      { timeout },
      TAG,
      selector,
    );
  const waitForText = (page, selector, wanted, timeout = 20_000) =>
    page.waitForFunction(
      (tag, where, what) =>
        document.querySelector(tag).shadowRoot.querySelector(where)?.textContent.includes(what),
      { timeout },
      TAG,
      selector,
      wanted,
    );
  const axe = async (page) => {
    await page.evaluate(readFileSync(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    return page.evaluate(async (tag) => {
      const result = await window.axe.run(document.querySelector(tag));
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
    }, TAG);
  };
  /** Everything the page's origin keeps, as one string: every IndexedDB store, storage, cookies, URL. */
  const everythingKept = (page) =>
    page.evaluate(async () => {
      const read = (request) =>
        new Promise((done, fail) => {
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
      const stored = [];
      for (const { name } of await indexedDB.databases()) {
        const db = await read(indexedDB.open(name));
        for (const store of db.objectStoreNames) {
          const transaction = db.transaction(store, 'readonly');
          stored.push(store, await read(transaction.objectStore(store).getAll()));
        }
        db.close();
      }
      return JSON.stringify({
        stored,
        local: { ...localStorage },
        session: { ...sessionStorage },
        cookie: document.cookie,
        url: location.href,
      });
    });
  const digits = (code) => code.replace(/\D/g, '');

  /** Step: a report written and sent in `page`; resolves with the code on its receipt and the report's id. */
  async function sendReportWithCode(page) {
    await page.locator(inside('input[name="reporterRole"][value="child"]')).click();
    await page.locator(inside('input[name="category"][value="rights"]')).click();
    await page.locator(inside('#description')).fill(DESCRIPTION);
    await page.locator(inside('input[name="harm"][value="no"]')).click();
    await page.locator(inside('form button[type="submit"]')).click();
    await waitInside(page, '.code');
    const code = await text(page, '.code [aria-hidden="true"]');
    assert.match(code, /^\d{4} \d{4} \d{4} \d{4}$/);
    let id;
    for (let i = 0; i < 100 && !id; i += 1) {
      const { body } = await call('GET', '/v1/reports?limit=100');
      id = body?.reports?.[0]?.id;
      if (!id) await new Promise((done) => setTimeout(done, 200));
    }
    assert.ok(id, 'the report reached the collector');
    return { code, id };
  }

  /** Step: the code typed in `page`'s follow-up; resolves once the report or an error shows. */
  async function followWithCode(page, code) {
    await page.locator(inside('button.follow-open')).click();
    await waitInside(page, '#receipt-code');
    await page.locator(inside('#receipt-code')).fill(code);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (tag) => {
        const root = document.querySelector(tag).shadowRoot;
        return (
          root.querySelector('.follow-report-title') ||
          root.querySelector('#receipt-code-error')?.textContent.trim()
        );
      },
      { timeout: 20_000 },
      TAG,
    );
  }

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'palaute-receipt-'));
    const keys = await initReports(join(dataDir, 'db'), ANNA);
    organisationKey = keys.publicKey;
    const dist = resolve(root, 'dist');
    site = createServer((req, res) => {
      if (req.url === '/') {
        return res.writeHead(200, { 'Content-Type': 'text/html' }).end(
          pageFor({
            endpoint: `${collectorUrl}/v1/answers`,
            unit: 'espoo-leppavaara',
            reportKey: organisationKey,
          }),
        );
      }
      const file = join(dist, (req.url ?? '').replace(/^\/palaute\//, '').replace(/\?.*$/, ''));
      if (req.url?.startsWith('/palaute/') && extname(file) === '.js' && file.startsWith(dist)) {
        try {
          return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(file));
        } catch {
          // falls through to 404
        }
      }
      res.writeHead(404).end();
    });
    await new Promise((done) => site.listen(0, '127.0.0.1', done));
    siteUrl = `http://127.0.0.1:${site.address().port}/`;
    collector = await createCollector({
      port: 0,
      dataDir: join(dataDir, 'db'),
      allowedOrigins: [siteUrl.slice(0, -1)],
      tokens: [{ role: 'reports', sha256: createHash('sha256').update(TOKEN).digest('hex') }],
      logLevel: 'warn',
    });
    collectorUrl = await collector.listen();
    browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await collector?.close();
    await new Promise((done) => (site ? site.close(done) : done()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  let sent;

  it('shows a 16-digit code after sending, kept nowhere in the browser, and sends only its verifiers', async () => {
    const { page, posted } = await freshPage();
    sent = await sendReportWithCode(page);
    const kept = await everythingKept(page);
    assert.ok(
      !kept.includes(sent.code) && !kept.includes(digits(sent.code)),
      'not in storage, cookies or the URL',
    );
    const bodies = posted.map(({ body }) => body).join('\n');
    assert.ok(bodies.includes('lookupVerifier'), 'the receipt went with the report');
    assert.ok(!bodies.includes(digits(sent.code)) && !bodies.includes(sent.code), 'the code was never sent');
    assert.ok(!bodies.includes(DESCRIPTION), 'the report was sealed');
    assert.deepEqual(await axe(page), []);
  });

  it('follows the report with its code in another browser context: status and both due dates', async () => {
    const { page, posted } = await freshPage();
    await followWithCode(page, sent.code);
    assert.equal(await text(page, '.follow-report-title'), 'Your report');
    assert.equal(await text(page, '.report-status'), 'Received, waiting to be handled');
    assert.equal(await text(page, '.acknowledged'), 'Not yet');
    const { body } = await call('GET', `/v1/reports/${sent.id}`);
    const shownDue = await shadow(page, (root) =>
      ['.acknowledgement-due time', '.feedback-due time'].map((s) =>
        root.querySelector(s)?.getAttribute('datetime'),
      ),
    );
    assert.deepEqual(shownDue, [body.acknowledgementDue, body.feedbackDue]);
    // The code's lookup key went in the body, never the code, never in the URL.
    const lookup = posted.find(({ url }) => url.endsWith('/v1/receipts'));
    assert.ok(lookup, 'POST /v1/receipts');
    assert.deepEqual(Object.keys(JSON.parse(lookup.body)), ['lookupKey']);
    assert.ok(!lookup.body.includes(digits(sent.code)));
    assert.ok((await text(page, '.follow')).includes('The social ombudsman gives you free advice.'));
    const focused = await shadow(page, (root) => root.activeElement?.className ?? '');
    assert.match(focused, /follow-report-title/, 'focus moves to the report');
    assert.deepEqual(await axe(page), []);
    await page.setViewport({ width: 320, height: 800 });
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'fits 320 px',
    );
  });

  it('a wrong code gets the one message, named beside the field', async () => {
    const { page, posted } = await freshPage();
    const wrong = sent.code.replace(/^\d/, (d) => String((Number(d) + 1) % 10));
    await followWithCode(page, wrong);
    assert.equal(await text(page, '#receipt-code-error'), 'Wrong code or no such report.');
    assert.ok(
      posted.some(({ url }) => url.endsWith('/v1/receipts')),
      'a request was made',
    );
    assert.deepEqual(await axe(page), []);
  });

  it("shows the handler's acknowledgement (standard text) and reply (opened with the code)", async () => {
    assert.equal((await call('POST', `/v1/reports/${sent.id}/acknowledge`)).status, 200);
    const { body: report } = await call('GET', `/v1/reports/${sent.id}`);
    const messageId = randomUUID();
    const { sealed, forReporter } = await sealReportMessage(
      organisationKey,
      report.receipt.replyPublicKey,
      sent.id,
      messageId,
      { text: REPLY },
    );
    const kid = await reportKeyId(organisationKey);
    const replied = await call('POST', `/v1/reports/${sent.id}/messages`, {
      id: messageId,
      kid,
      sealed,
      forReporter,
    });
    assert.equal(replied.status, 201, JSON.stringify(replied.body));

    const { page } = await freshPage();
    await followWithCode(page, sent.code);
    const conversation = await text(page, '.conversation');
    assert.ok(conversation.includes('We have received your report and are handling it.'), conversation);
    assert.ok(conversation.includes(REPLY), conversation);
    assert.notEqual(await text(page, '.acknowledged'), 'Not yet');
    assert.deepEqual(await axe(page), []);
  });

  it('an addition typed offline waits in the outbox, reaches the collector online, as ciphertext only', async () => {
    const { page, posted } = await freshPage();
    await followWithCode(page, sent.code);
    await page.setOfflineMode(true);
    await page.locator(inside('#addition')).fill(ADDITION);
    await page.locator(inside('form.addition button[type="submit"]')).click();
    await waitForText(page, '.conversation', ADDITION);
    await page.waitForFunction(
      (tag) =>
        /saved on this device|saved and will be sent/.test(
          document.querySelector(tag).shadowRoot.querySelector('.addition-status').textContent,
        ),
      { timeout: 20_000 },
      TAG,
    );
    const before = await call('GET', `/v1/reports/${sent.id}`);
    assert.equal(
      before.body.messages.filter((m) => m.type === 'addition').length,
      0,
      'not sent while offline',
    );
    const kept = await everythingKept(page);
    assert.ok(kept.includes('report-addition'), 'waiting in IndexedDB');
    assert.ok(!kept.includes(ADDITION), 'sealed in IndexedDB');
    assert.ok(!kept.includes(digits(sent.code)), 'the code not in IndexedDB');

    await page.setOfflineMode(false);
    await waitForText(page, '.addition-status', 'Your message has been sent.', 30_000);
    const { body } = await call('GET', `/v1/reports/${sent.id}`);
    assert.equal(body.messages.filter((m) => m.type === 'addition').length, 1);
    assert.ok(!JSON.stringify(body).includes(ADDITION), 'the collector holds ciphertext only');
    const addition = posted.find(({ body: b }) => b.includes('report-addition'));
    assert.ok(addition, 'the addition was POSTed');
    assert.ok(!addition.body.includes(ADDITION), 'its text is not in the POST body');
    assert.ok(!addition.body.includes(digits(sent.code)), 'nor the code');

    // Read back with the code elsewhere: the reporter's own copy opens.
    const other = await freshPage();
    await followWithCode(other.page, sent.code);
    assert.ok((await text(other.page, '.conversation')).includes(ADDITION));
  });
});
