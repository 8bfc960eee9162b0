/**
 * <palaute-report-inbox> as handlers use it: the collector's own /inbox page (same origin as the
 * API, its strict CSP) serving the self-contained build (dist/inbox/inbox.js, built here), against
 * a running palaute-collector (PGlite in a temporary folder, keys made by `reports init`), in
 * Debian's Chromium. Reports are sealed in Node with palaute/crypto as the form seals them; the
 * inbox signs in, lists, opens, changes status with a sealed note, adds and removes a handler,
 * rotates the key and forgets it. Then the database is read: no text in the clear.
 */
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import puppeteer from 'puppeteer-core';
import { createCollector } from 'palaute-collector';
import { sealDeviationReport } from 'palaute/crypto';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { buildInbox, inboxPage, publicTablesAsText } from './inbox-page.mjs';
import { initReports } from './report-keys.mjs';

const root = resolve(import.meta.dirname, '../..');
const TOKEN = 'reports-token-for-the-inbox-test';
const ANNA = { name: 'anna', passphrase: 'correct horse battery staple' };
const BERTTA = { name: 'bertta', passphrase: 'bertta has a long passphrase' };
// Sentinels: each must show in the inbox after sign-in, and nowhere in the clear on the server.
const TEXT = 'SENTINEL-TEXT-4711 the window latch was broken';
const PHONE = '040 987 6543';
const NOTE = 'SENTINEL-NOTE-0815 called the unit manager';
const ROTATED = 'SENTINEL-ROTATED-2024 after the key rotation';
const MOVED = 'SENTINEL-MOVED-9999 this text was moved';

function envelope(id, data, unit = 'espoo-leppavaara') {
  return {
    id,
    kind: 'deviation-report',
    schemaVersion: 1,
    createdAt: new Date().toISOString(),
    locale: 'fi',
    context: { unit, service: 'family-work', context: null, respondent: null },
    data,
  };
}

const report = (description, contact) => ({
  reporterRole: 'parent-or-relative',
  category: 'safety',
  description,
  harm: 'yes',
  anonymous: !contact,
  ...(contact ? { contact } : {}),
});

describe('<palaute-report-inbox> with a running collector', () => {
  let collector;
  let collectorUrl;
  let intranet;
  let browser;
  let page;
  let dataDir;
  let keys;
  const ids = {};

  async function call(method, path, body) {
    const response = await fetch(`${collectorUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${TOKEN}`,
        ...(body ? { 'Content-Type': 'application/json', 'Idempotency-Key': body.id ?? randomUUID() } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: await response.json().catch(() => undefined) };
  }

  /** Seals as the form does, to the collector's current key, and sends it. */
  async function sendSealed(description, contact) {
    const { body: current } = await call('GET', '/v1/reports/public-key');
    const id = randomUUID();
    const data = await sealDeviationReport(current.publicKey, id, report(description, contact));
    const sent = await call('POST', '/v1/answers', envelope(id, data));
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    return id;
  }

  // The page's helpers, shared with report-conversation.node.test.mjs.
  const { shadowText, waitForText, inside, waitInside, click, fill } = inboxPage(() => page);
  const alert = () =>
    page.evaluate(() =>
      [...document.querySelector('palaute-report-inbox').shadowRoot.querySelectorAll('[role="alert"]')]
        .map((node) => node.textContent.trim())
        .filter(Boolean)
        .join(' | '),
    );
  const axe = () =>
    page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('palaute-report-inbox'));
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
    });
  const fitsNarrowScreen = () =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  async function signIn({ name, passphrase }, token = TOKEN) {
    await waitInside('form.sign-in');
    await fill('#name', name);
    await fill('#token', token);
    await fill('#secret', passphrase);
    await click('button.primary');
  }

  const signOut = async () => {
    await click('nav button:last-child');
    await waitForText('You are signed out');
  };

  /** Opens the report `id` from the list: its button is the category label; the newest is first. */
  async function openReport(id) {
    await click('nav button:first-child');
    await waitInside('.reports button.link');
    const index = await page.evaluate(
      async (wanted, base, token) => {
        const list = await (
          await fetch(`${base}/v1/reports?limit=100`, { headers: { Authorization: `Bearer ${token}` } })
        ).json();
        return list.reports.findIndex((r) => r.id === wanted);
      },
      id,
      collectorUrl,
      TOKEN,
    );
    assert.ok(index >= 0 && index < 25, `report ${id} is on the first page`);
    await click(`.reports > li:nth-child(${index + 1}) button.link`);
    await waitInside('.status-form');
  }

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'palaute-inbox-'));
    const inboxScript = join(dataDir, 'inbox.js');
    const script = await buildInbox();
    writeFileSync(inboxScript, script);
    // An intranet page on another origin that embeds the same script and names the API.
    intranet = createServer((req, res) =>
      req.url === '/inbox.js'
        ? res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script)
        : res
            .writeHead(200, { 'Content-Type': 'text/html' })
            .end(
              `<!doctype html><html lang="en"><head><title>Intranet</title><script type="module" src="/inbox.js"></script></head><body><main><palaute-report-inbox api="${collectorUrl}/v1"></palaute-report-inbox></main></body></html>`,
            ),
    );
    await new Promise((done) => intranet.listen(0, '127.0.0.1', done));
    const intranetOrigin = `http://127.0.0.1:${intranet.address().port}`;
    keys = await initReports(join(dataDir, 'db'), ANNA);
    collector = await createCollector({
      port: 0,
      dataDir: join(dataDir, 'db'),
      inboxScript,
      allowedOrigins: [intranetOrigin],
      tokens: [{ role: 'reports', sha256: createHash('sha256').update(TOKEN).digest('hex') }],
      logLevel: 'warn',
    });
    collectorUrl = await collector.listen();
    keys.firstKid = (await call('GET', '/v1/reports/public-key')).body.kid;

    ids.named = await sendSealed(TEXT, { phone: PHONE, consent: true });
    // Sealed for one envelope, sent as another: the collector cannot tell, the inbox must.
    const source = randomUUID();
    const moved = await sealDeviationReport(keys.publicKey, source, report(MOVED));
    ids.moved = randomUUID();
    assert.equal((await call('POST', '/v1/answers', envelope(ids.moved, moved))).status, 201);

    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
    page = await browser.newPage();
    const refusals = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
    });
    await page.goto(`${collectorUrl}/inbox`, { waitUntil: 'load' });
    await waitInside('form.sign-in');
    // The page's own language, Finnish, first; the tests read English.
    assert.equal(await page.$eval(inside('label[for="token"]'), (label) => label.textContent), 'Käyttöavain');
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await waitForText('Access token');
    // axe through DevTools, which the page's CSP (scripts from its own origin only) does not stop.
    await page.evaluate(readFileSync(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    assert.deepEqual(refusals, []);
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => intranet?.close(done));
    await collector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a wrong passphrase, an unknown name and a bad token, saying so once and showing nothing', async () => {
    await signIn({ name: ANNA.name, passphrase: 'not the passphrase at all' });
    await waitForText('Unlocking…', 5000).catch(() => {});
    await page.waitForFunction(
      () =>
        document.querySelector('palaute-report-inbox').shadowRoot.querySelector('[role="alert"]').textContent,
      { timeout: 30_000 },
    );
    assert.equal(await alert(), 'The name or the passphrase is not right.');
    assert.deepEqual(await axe(), []);
    await signIn({ name: 'nobody', passphrase: ANNA.passphrase });
    await page.waitForFunction(
      () =>
        !document
          .querySelector('palaute-report-inbox')
          .shadowRoot.querySelector('button.primary[aria-disabled="true"]'),
    );
    assert.equal(await alert(), 'The name or the passphrase is not right.');
    await signIn(ANNA, 'not-the-token');
    await waitForText('The access token was not accepted.');
    const text = await shadowText();
    assert.ok(!text.includes('SENTINEL'), 'no report text before signing in');
    assert.equal(await page.$(inside('.reports')), null);
  });

  it('signs in with the passphrase ("Unlocking…" meanwhile) and lists the reports in the order the collector gives', async () => {
    const signInAt = await page.evaluate(() => performance.now());
    await fill('#name', ANNA.name);
    await fill('#token', TOKEN);
    await fill('#secret', ANNA.passphrase);
    // Pressed twice in a row, as an impatient hand does: one sign-in, "Unlocking…" meanwhile.
    await page.evaluate(() => {
      const button = document
        .querySelector('palaute-report-inbox')
        .shadowRoot.querySelector('button.primary');
      button.click();
      button.click();
    });
    await waitForText('Unlocking…', 5000);
    await waitInside('.reports', 30_000);
    await waitForText('Signed in as anna');
    const keyringReads = await page.evaluate(
      (since) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('/keyring/') && entry.startTime >= since).length,
      signInAt,
    );
    assert.equal(keyringReads, 1);
    const rows = await page.evaluate(() =>
      [...document.querySelector('palaute-report-inbox').shadowRoot.querySelectorAll('.reports > li')].map(
        (li) => li.textContent.replace(/\s+/g, ' ').trim(),
      ),
    );
    assert.equal(rows.length, 2);
    assert.match(rows[0], /^Safety Status New Anyone hurt Yes Office espoo-leppavaara Received /);
    // The heading of the new screen has focus, so a screen reader says where the handler is.
    const focused = await page.evaluate(
      () => document.querySelector('palaute-report-inbox').shadowRoot.activeElement?.textContent,
    );
    assert.equal(focused, 'Reports');
    assert.ok(!(await shadowText()).includes('SENTINEL'), 'the list holds no report text');
    assert.deepEqual(await axe(), []);
  });

  it('opens a report with the keyboard alone, and focus goes to its heading', async () => {
    const focusedText = () =>
      page.evaluate(() =>
        document.querySelector('palaute-report-inbox').shadowRoot.activeElement?.textContent.trim(),
      );
    // From the list's heading: the status filter, then the first report's button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await focusedText(), 'Safety');
    await page.keyboard.press('Enter');
    await waitInside('.status-form');
    assert.equal(await focusedText(), 'Safety');
    assert.equal(
      await page.evaluate(() =>
        document.querySelector('palaute-report-inbox').shadowRoot.activeElement.getAttribute('role'),
      ),
      'heading',
    );
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    assert.equal(await focusedText(), 'Back to the reports');
    await page.keyboard.press('Enter');
    await waitInside('.reports');
    assert.equal(await focusedText(), 'Reports');
  });

  it('filters the list by status with a real select', async () => {
    await page.locator(inside('#status-filter')).fill('closed');
    await waitForText('No reports.');
    await page.locator(inside('#status-filter')).fill('');
    await waitInside('.reports');
  });

  it('opens a sealed report: its text and the contact details, as text', async () => {
    await openReport(ids.named);
    const text = await shadowText();
    assert.ok(text.includes(TEXT), 'the description');
    assert.ok(text.includes(PHONE), 'the phone number');
    assert.deepEqual(await axe(), []);
  });

  it('fits a 320 px wide screen: the list and a report', async () => {
    await page.setViewport({ width: 320, height: 640 });
    assert.ok(await fitsNarrowScreen(), 'the report');
    await click('.screen > .actions button');
    await waitInside('.reports');
    assert.ok(await fitsNarrowScreen(), 'the list');
    await page.setViewport({ width: 1024, height: 768 });
  });

  it('shows a report moved from another envelope as altered, and none of its text', async () => {
    await openReport(ids.moved);
    await waitForText('This report cannot be opened: it was altered.');
    assert.ok(!(await shadowText()).includes(MOVED));
    assert.deepEqual(await axe(), []);
  });

  it('changes the status with a note sealed in the browser; the note reads back after reopening', async () => {
    await openReport(ids.named);
    await click('input[value="in-progress"]');
    await fill('#note', NOTE);
    await click('.status-form button.primary');
    await waitForText('Saved.');
    await click('.screen > .actions button');
    await openReport(ids.named);
    assert.ok((await shadowText()).includes(NOTE));
    assert.ok((await shadowText()).includes('Status In progress'));
    const { body } = await call('GET', `/v1/reports/${ids.named}`);
    assert.ok(!JSON.stringify(body).includes('SENTINEL-NOTE'), 'the collector answers with the note sealed');
  });

  it('warns that closing deletes the contact details, and deletes them', async () => {
    await click('input[value="closed"]');
    await waitForText("Closing the report deletes the reporter's contact details for good.");
    await click('.status-form button.primary');
    await waitForText('The contact details were deleted when the report was closed.');
    assert.ok(!(await shadowText()).includes(PHONE));
    assert.ok((await shadowText()).includes(TEXT));
  });

  it('adds a handler typed in at the desk, who then signs in with their own passphrase', async () => {
    await click('nav button:nth-child(2)');
    await waitInside('.add-handler');
    await page.setViewport({ width: 320, height: 640 });
    assert.ok(await fitsNarrowScreen(), 'the handlers screen');
    await page.setViewport({ width: 1024, height: 768 });
    await fill('#new-name', BERTTA.name);
    await fill('#new-passphrase', 'too short');
    await fill('#new-passphrase-again', 'too short');
    await click('.add-handler button.primary');
    await waitForText('The passphrase needs at least 12 characters.');
    await fill('#new-passphrase', BERTTA.passphrase);
    await fill('#new-passphrase-again', BERTTA.passphrase);
    await click('.add-handler button.primary');
    await waitForText('bertta was added', 30_000);
    assert.deepEqual(await axe(), []);
    await signOut();
    await signIn(BERTTA);
    await waitInside('.reports', 30_000);
    await openReport(ids.named);
    assert.ok((await shadowText()).includes(TEXT));
    await signOut();
  });

  it('removes a handler after asking; they can no longer sign in', async () => {
    await signIn(ANNA);
    await waitInside('.reports', 30_000);
    await click('nav button:nth-child(2)');
    await waitInside('.handlers button[data-name="bertta"]');
    await click('.handlers button[data-name="bertta"]');
    // Focus goes to the answer that changes nothing.
    const focused = await page.evaluate(() =>
      document.querySelector('palaute-report-inbox').shadowRoot.activeElement?.textContent.trim(),
    );
    assert.equal(focused, 'Cancel');
    assert.deepEqual(await axe(), []);
    await click('.confirm button.primary');
    await waitForText('bertta was removed.');
    await signOut();
    await signIn(BERTTA);
    await waitForText('The name or the passphrase is not right.', 30_000);
  });

  it('rotates the key: shows the new line for pages; a report sealed to it opens, and an old one too', async () => {
    await signIn(ANNA);
    await waitInside('.reports', 30_000);
    await click('nav button:nth-child(2)');
    await click('button.rotate');
    await click('.confirm button.primary');
    await waitInside('#new-key', 30_000);
    const line = await page.$eval(inside('#new-key'), (field) => field.value);
    const { body: current } = await call('GET', '/v1/reports/public-key');
    // The line `reports init` prints, for the same key the collector now gives pages.
    assert.match(line, /^"reportKey": \{"kty":"EC","crv":"P-256","x":"[\w-]{43}","y":"[\w-]{43}"\}$/);
    assert.deepEqual(JSON.parse(line.replace('"reportKey": ', '')), current.publicKey);
    assert.notEqual(current.kid, keys.firstKid);
    ids.rotated = await sendSealed(ROTATED);
    await openReport(ids.rotated);
    assert.ok((await shadowText()).includes(ROTATED));
    await click('.screen > .actions button');
    await openReport(ids.named);
    assert.ok((await shadowText()).includes(TEXT));
  });

  it('forgets the key after the idle time, with a notice first, and shows nothing it opened', async () => {
    await page.evaluate(() => {
      document.querySelector('palaute-report-inbox').lockAfter = 4;
    });
    // Any key press restarts the timer with the shortened time.
    await page.keyboard.press('Shift');
    await waitForText('Are you still there?', 5000);
    assert.deepEqual(await axe(), []);
    await waitForText('You were signed out after 1 min without activity.', 10_000);
    const text = await shadowText();
    assert.ok(!text.includes('SENTINEL') && !text.includes(PHONE), 'no opened text left in the DOM');
    await waitInside('form.sign-in');
    await page.evaluate(() => {
      document.querySelector('palaute-report-inbox').lockAfter = 900;
    });
  });

  it('signs in with the recovery code in place of a name and passphrase', async () => {
    await click('input[type="checkbox"]');
    await page.waitForFunction(
      () => !document.querySelector('palaute-report-inbox').shadowRoot.querySelector('#name'),
    );
    await fill('#token', TOKEN);
    await fill('#secret', keys.recoveryCode.toLowerCase());
    await click('button.primary');
    await waitInside('.reports', 30_000);
    await waitForText('Signed in as recovery');
    await openReport(ids.rotated);
    assert.ok((await shadowText()).includes(ROTATED));
  });

  it('forgets the key when the page is hidden for good (pagehide)', async () => {
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
    await waitInside('form.sign-in');
    assert.ok(!(await shadowText()).includes('SENTINEL'));
  });

  it('works on an intranet page on another origin, given the API in its api attribute', async () => {
    const home = page;
    page = await browser.newPage();
    try {
      await page.goto(`http://127.0.0.1:${intranet.address().port}/`, { waitUntil: 'load' });
      await waitInside('form.sign-in');
      await signIn(ANNA);
      await waitInside('.reports', 30_000);
      await openReport(ids.named);
      assert.ok((await shadowText()).includes(TEXT));
    } finally {
      await page.close();
      page = home;
    }
  });

  it('leaves no report text or note in the clear in the database', async () => {
    await collector.close();
    collector = undefined;
    const db = await PGlite.create(join(dataDir, 'db'));
    try {
      const dump = await publicTablesAsText(db);
      // The clear metadata is there, so the dump is of the right database.
      assert.ok(dump.includes('espoo-leppavaara'));
      for (const sentinel of [TEXT, NOTE, ROTATED, MOVED, PHONE, 'SENTINEL']) {
        assert.ok(!dump.includes(sentinel), `${sentinel} is not in the database`);
      }
    } finally {
      await db.close();
    }
  });
});
