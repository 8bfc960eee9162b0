/**
 * Issue 20, the handlers' side: <palaute-report-inbox> on the collector's /inbox page, in Debian's
 * Chromium, against a running palaute-collector (PGlite in a temporary folder). Reports are made
 * in Node as the form makes them: a receipt from createReceipt(), the text sealed to the reports
 * key, the receipt beside it in the clear. The handler acknowledges and replies in the inbox; the
 * reporter's side is played here with the code (POST /v1/receipts, openReplyKey, a report-addition
 * envelope). Then the database is read: no reply or addition in the clear.
 */
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import puppeteer from 'puppeteer-core';
import { createCollector } from 'palaute-collector';
import {
  createReceipt,
  deriveReceiptSecrets,
  openReplyKey,
  openReportMessage,
  sealDeviationReport,
  sealReportMessage,
} from 'palaute/crypto';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { buildInbox, inboxPage, publicTablesAsText } from './inbox-page.mjs';
import { initReports } from './report-keys.mjs';

const root = resolve(import.meta.dirname, '../..');
const TOKEN = 'reports-token-for-the-conversation-test';
const ANNA = { name: 'anna', passphrase: 'correct horse battery staple' };
// Sentinels: each must show in the inbox after sign-in, and nowhere in the clear on the server.
const TEXT = 'SENTINEL-REPORT-3141 the night shift was left alone';
const REPLY = 'SENTINEL-REPLY-2718 we have talked to the unit manager';
// Markup in a message is text: it must show as typed, and make no element.
const ADDITION = 'SENTINEL-ADDITION-1618 it happened <b>again</b> on Friday';
const PHONE = '040 123 4567';

const envelope = (id, kind, data) => ({
  id,
  kind,
  schemaVersion: 1,
  createdAt: new Date().toISOString(),
  locale: 'sv',
  context: { unit: 'espoo-leppavaara', service: 'family-work', context: null, respondent: null },
  data,
});

const report = (description, contact) => ({
  reporterRole: 'child',
  category: 'mistreatment',
  description,
  harm: 'unknown',
  anonymous: !contact,
  ...(contact ? { contact } : {}),
});

/** The reporter's side of a lookup: what their page does with the code. */
async function lookUp(url, code) {
  const { lookupKey } = await deriveReceiptSecrets(code);
  const response = await fetch(`${url}/v1/receipts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ lookupKey }),
  });
  assert.equal(response.status, 200);
  return response.json();
}

describe('<palaute-report-inbox>: the conversation with a reporter who has a receipt code', () => {
  let collector;
  let url;
  let browser;
  let page;
  let dataDir;
  const ids = {};
  let code;
  // The collector's clock, moved by the overdue test.
  let now = Date.now();
  const ui = inboxPage(() => page);
  const { click, fill, waitForText, waitInside, shadowText, texts, axe } = ui;

  async function call(method, path, body) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${TOKEN}`,
        // Ingest wants the envelope id as the Idempotency-Key, as the outbox sends it.
        ...(body ? { 'Content-Type': 'application/json', 'Idempotency-Key': body.id } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: await response.json().catch(() => undefined) };
  }

  /** Sealed as the form seals it; `receipt` beside the sealed text, in the clear. */
  async function send(description, { contact, receipt } = {}) {
    const { body: current } = await call('GET', '/v1/reports/public-key');
    const id = randomUUID();
    const sealed = await sealDeviationReport(current.publicKey, id, report(description, contact));
    const data = receipt ? { ...sealed, receipt } : sealed;
    const sent = await call('POST', '/v1/answers', envelope(id, 'deviation-report', data));
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    return id;
  }

  /** The report `id` from the list, by its place in the collector's order. */
  async function openReport(id) {
    await click('nav button:first-child');
    await waitInside('.reports button.link');
    const { body } = await call('GET', '/v1/reports?limit=100');
    const index = body.reports.findIndex((r) => r.id === id);
    assert.ok(index >= 0 && index < 25, `report ${id} is on the first page`);
    await click(`.reports > li:nth-child(${index + 1}) button.link`);
    await waitInside('.status-form');
  }

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'palaute-conversation-'));
    const inboxScript = join(dataDir, 'inbox.js');
    writeFileSync(inboxScript, await buildInbox());
    await initReports(join(dataDir, 'db'), ANNA);
    collector = await createCollector({
      port: 0,
      dataDir: join(dataDir, 'db'),
      inboxScript,
      tokens: [{ role: 'reports', sha256: createHash('sha256').update(TOKEN).digest('hex') }],
      logLevel: 'warn',
      clock: () => now,
    });
    url = await collector.listen();

    const made = await createReceipt();
    code = made.code;
    ids.plain = await send('SENTINEL-PLAIN-0001 no receipt, no name');
    ids.named = await send('SENTINEL-NAMED-0002 no receipt, a phone number', {
      contact: { phone: PHONE, consent: true },
    });
    ids.receipt = await send(TEXT, { receipt: made.receipt });

    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
    page = await browser.newPage();
    await page.goto(`${url}/inbox`, { waitUntil: 'load' });
    await waitInside('form.sign-in');
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await waitForText('Access token');
    await page.evaluate(readFileSync(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    await fill('#name', ANNA.name);
    await fill('#token', TOKEN);
    await fill('#secret', ANNA.passphrase);
    await click('button.primary');
    await waitInside('.reports', 30_000);
  });

  after(async () => {
    await browser?.close();
    await collector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const shownAt = (iso) =>
    page.evaluate(
      (at) => new Date(at).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' }),
      iso,
    );

  it('lists each report with its acknowledgement and feedback due dates, as the collector gives them', async () => {
    const { body } = await call('GET', '/v1/reports?limit=100');
    const rows = await texts('.reports > li');
    assert.equal(rows.length, 3);
    for (const [index, summary] of body.reports.entries()) {
      assert.ok(summary.acknowledgementDue && summary.feedbackDue, 'the collector sends both dates');
      assert.ok(
        rows[index].includes(`Acknowledge by ${await shownAt(summary.acknowledgementDue)}`),
        rows[index],
      );
      assert.ok(rows[index].includes(`Feedback by ${await shownAt(summary.feedbackDue)}`), rows[index]);
      assert.ok(!rows[index].includes('Overdue'), 'nothing is overdue yet');
    }
    assert.deepEqual(await axe(), []);
  });

  it('says a report without a receipt code cannot be answered here, and offers no reply', async () => {
    await openReport(ids.plain);
    await waitForText(
      'This report has no receipt code, so its reporter cannot be answered through the inbox.',
    );
    assert.equal(await page.$(ui.inside('.reply-form')), null);
    // Its deadline runs all the same, so it can be marked acknowledged.
    await waitForText(
      'Marks the report as acknowledged, so its deadline is met. Nothing is sent to the reporter.',
    );
    assert.deepEqual(await axe(), []);
    await openReport(ids.named);
    await waitForText('cannot be answered through the inbox. Use the contact details above.');
    assert.ok((await shadowText()).includes(PHONE));
    assert.deepEqual(await axe(), []);
  });

  it('acknowledges with one click and no text: the reporter sees it with the code, the audit trail has it', async () => {
    await openReport(ids.receipt);
    assert.ok((await shadowText()).includes(TEXT));
    await waitForText('No messages yet.');
    assert.deepEqual(await axe(), []);
    const requests = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/acknowledge')) requests.push(request.postData() ?? '');
    });
    // With the keyboard: from the conversation's title, the next stop is the button.
    await page.$eval(ui.inside('.conversation-title'), (title) => title.focus());
    await page.keyboard.press('Tab');
    assert.equal(await ui.focusedText(), 'Acknowledge receipt');
    await page.keyboard.press('Enter');
    await waitForText('Acknowledged.');
    assert.deepEqual(requests, [''], 'one request, no text');
    // The button is gone; focus is on the conversation it added to.
    assert.equal(await page.$(ui.inside('button.acknowledge')), null);
    assert.equal(await ui.focusedText(), 'Conversation with the reporter');
    const messages = await texts('.messages > li');
    assert.equal(messages.length, 1);
    assert.match(
      messages[0],
      /^Handlers, .+ Receipt acknowledged\. The reporter sees the standard acknowledgement/,
    );
    const followUp = await lookUp(url, code);
    assert.ok(followUp.report.acknowledgedAt, 'acknowledgedAt');
    assert.deepEqual(
      followUp.messages.map((message) => message.type),
      ['acknowledgement'],
    );
    assert.ok((await shadowText()).includes(`Acknowledged ${await shownAt(followUp.report.acknowledgedAt)}`));
    const audit = await texts('.audit > li');
    assert.ok(
      audit.some((row) => row.includes('Acknowledged')),
      audit.join('\n'),
    );
    assert.deepEqual(await axe(), []);
  });

  it('asks for the text of an empty reply, at the field', async () => {
    await click('button.send');
    await waitForText('Write the reply first.');
    assert.equal(
      await page.evaluate(() => document.querySelector('palaute-report-inbox').shadowRoot.activeElement?.id),
      'reply',
    );
    assert.deepEqual(await axe(), []);
  });

  it('sends a reply typed with the keyboard, sealed in the browser: the reporter opens it with the code', async () => {
    const bodies = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/messages') && request.method() === 'POST') bodies.push(request.postData());
    });
    await page.keyboard.type(REPLY);
    await page.keyboard.press('Tab');
    assert.equal(await ui.focusedText(), 'Send the reply');
    await page.keyboard.press('Enter');
    await waitForText('The reply was sent. The reporter reads it with their receipt code.');
    assert.equal(bodies.length, 1);
    assert.ok(!bodies[0].includes('SENTINEL'), 'no clear text left the browser');
    const sent = JSON.parse(bodies[0]);
    assert.deepEqual(Object.keys(sent).sort(), ['forReporter', 'id', 'kid', 'sealed']);

    const followUp = await lookUp(url, code);
    const reply = followUp.messages.find((message) => message.type === 'reply');
    assert.equal(reply.id, sent.id);
    const keyPair = await openReplyKey(await deriveReceiptSecrets(code), followUp.replyKey);
    assert.deepEqual(await openReportMessage(keyPair, reply.forReporter, ids.receipt, reply.id), {
      text: REPLY,
    });

    const messages = await texts('.messages > li');
    assert.equal(messages.length, 2);
    assert.ok(messages[1].startsWith('Handlers, ') && messages[1].endsWith(REPLY), messages[1]);
    assert.equal(await page.$eval(ui.inside('#reply'), (field) => field.value), '', 'the form is emptied');
    const audit = await texts('.audit > li');
    assert.ok(
      audit.some((row) => row.includes('Replied to the reporter')),
      audit.join('\n'),
    );
    assert.deepEqual(await axe(), []);
  });

  it("shows the reporter's addition in the conversation, after the reply, as the reporter's", async () => {
    const followUp = await lookUp(url, code);
    const { appendKey } = await deriveReceiptSecrets(code);
    const id = randomUUID();
    const { kid, publicKey } = followUp.organisationKey;
    const sealed = await sealReportMessage(publicKey, followUp.replyKey.publicKey, ids.receipt, id, {
      text: ADDITION,
    });
    const data = { reportId: ids.receipt, appendKey, kid, ...sealed };
    const sent = await call('POST', '/v1/answers', envelope(id, 'report-addition', data));
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    await openReport(ids.receipt);
    const messages = await texts('.messages > li');
    assert.equal(messages.length, 3);
    assert.ok(messages[0].includes('Receipt acknowledged'));
    assert.ok(messages[1].endsWith(REPLY));
    assert.ok(messages[2].startsWith('Reporter, ') && messages[2].endsWith(ADDITION), messages[2]);
    assert.equal(await page.$(ui.inside('.messages b')), null, 'no element made from the text');
    assert.deepEqual(await axe(), []);
  });

  it('fits a 320 px wide screen with the conversation and the audit trail', async () => {
    await page.setViewport({ width: 320, height: 640 });
    assert.ok(await ui.fitsNarrowScreen());
    await page.setViewport({ width: 1024, height: 768 });
  });

  it('keeps the conversation of a closed report readable', async () => {
    await click('input[value="closed"]');
    await click('.status-form button.primary');
    await waitForText('Saved.');
    const messages = await texts('.messages > li');
    assert.equal(messages.length, 3);
    assert.ok(messages[1].endsWith(REPLY) && messages[2].endsWith(ADDITION));
    assert.ok((await shadowText()).includes('Status Closed'));
    assert.deepEqual(await axe(), []);
  });

  it('lists overdue reports first with the deadline missed in words; acknowledging ends that one', async () => {
    const rowsInOrder = async () => {
      await click('nav button:first-child');
      await waitInside('.reports button.link');
      const { body } = await call('GET', '/v1/reports?limit=100');
      return { order: body.reports.map((r) => r.id), rows: await texts('.reports > li') };
    };
    now += 8 * 86_400_000;
    let { order, rows } = await rowsInOrder();
    // Both unacknowledged ones are a day late; the answered, closed one waits on nothing.
    assert.deepEqual(order, [ids.plain, ids.named, ids.receipt]);
    assert.match(rows[0], /^Bad treatment, violence or harassment Overdue: not acknowledged /);
    assert.match(rows[1], /Overdue: not acknowledged/);
    assert.doesNotMatch(rows[2], /Overdue/);
    assert.deepEqual(await axe(), []);

    await openReport(ids.named);
    await waitForText('Overdue: not acknowledged');
    assert.deepEqual(await axe(), [], 'the overdue report opened');
    await click('button.acknowledge');
    await waitForText('Acknowledged.');
    assert.ok(!(await shadowText()).includes('Overdue'));
    const { body: audit } = await call('GET', `/v1/reports/${ids.named}/audit`);
    assert.ok(audit.audit.some((row) => row.action === 'acknowledge'));

    now += 100 * 86_400_000;
    ({ order, rows } = await rowsInOrder());
    assert.deepEqual(order, [ids.plain, ids.named, ids.receipt]);
    assert.match(rows[0], /Overdue: not acknowledged/);
    assert.match(rows[1], /Overdue: no feedback given/);
    assert.doesNotMatch(rows[2], /Overdue/);
  });

  it('speaks Finnish and Swedish in the conversation too', async () => {
    await openReport(ids.receipt);
    for (const [lang, title] of [
      ['fi', 'Viestit ilmoittajan kanssa'],
      ['sv', 'Meddelanden med anmälaren'],
    ]) {
      await page.evaluate((l) => document.documentElement.setAttribute('lang', l), lang);
      await waitForText(title);
      assert.deepEqual(await axe(), []);
    }
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await waitForText('Conversation with the reporter');
  });

  it('leaves no reply or addition in the clear in the database', async () => {
    await browser.close();
    browser = undefined;
    await collector.close();
    collector = undefined;
    const db = await PGlite.create(join(dataDir, 'db'));
    try {
      const dump = await publicTablesAsText(db);
      assert.ok(dump.includes('espoo-leppavaara'), 'the dump is of the right database');
      for (const sentinel of [TEXT, REPLY, ADDITION, code, 'SENTINEL']) {
        assert.ok(!dump.includes(sentinel), `${sentinel} is not in the database`);
      }
    } finally {
      await db.close();
    }
  });
});
