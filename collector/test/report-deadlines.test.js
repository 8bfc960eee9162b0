/**
 * The law's clock on deviation reports (issue 20), with the collector's clock moved by the test:
 * due dates from the collector's receipt (not the page's createdAt), overdue reports first in the
 * list, and one signed report.overdue webhook event per report, deadline and day, without content.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sealReportMessage } from 'palaute/crypto';
import { verifySignature } from '../dist/index.js';
import { startCollector } from './support/collector.js';
import { deviationEnvelope } from './support/envelopes.js';
import { request, send } from './support/http.js';
import { reportsToken } from './support/inbox-keys.js';
import { sendReportWithReceipt } from './support/receipts.js';
import { initReports } from './support/reports-init.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { startWebhookReceiver } from './support/webhook-receiver.js';

const DAY_MS = 24 * 60 * 60_000;
const HOUR_MS = 60 * 60_000;
const SECRET = 'webhook-secret-for-tests';

describe(`report deadlines and overdue events [${STORAGE}]`, () => {
  let storage;
  let server;
  let receiver;
  let publicKey;
  let offset = 0;
  const started = Date.now();
  const at = (ms) => () => (offset = ms);
  before(async () => {
    storage = await freshStorage();
    ({ publicKey } = await initReports(storage));
    receiver = await startWebhookReceiver();
    server = await startCollector({
      storage,
      clock: () => Date.now() + offset,
      webhooks: { 'deviation-report': receiver.url },
      webhookSecret: SECRET,
      tuning: { webhookRetryBaseMs: 100, webhookPollMs: 50 },
    });
  });
  after(async () => {
    await server?.stop();
    await receiver?.close();
    await storage?.drop();
  });

  const list = async () => (await request(server.url, '/v1/reports', { headers: reportsToken })).body.reports;
  const overdueNow = () => server.collector.sendOverdueEvents();
  /** The event deliveries so far, their signatures checked. */
  const events = () =>
    receiver.received
      .filter((delivery) => delivery.headers['palaute-event'] === 'report.overdue')
      .map((delivery) => {
        assert.ok(verifySignature(SECRET, delivery.body, delivery.headers['palaute-signature']), 'signed');
        return { ...JSON.parse(delivery.body), key: delivery.headers['idempotency-key'] };
      });
  async function eventsSettled(count) {
    for (let waited = 0; events().length < count; waited += 20) {
      if (waited > 5000) throw new Error(`${events().length} events, not ${count}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return events();
  }

  let withReceipt;
  let plain;
  let late;
  it('counts the due dates from when the collector received the report', async () => {
    withReceipt = await sendReportWithReceipt(server.url, publicKey, { unit: 'unit-a' });
    plain = deviationEnvelope({ unit: 'unit-b' });
    // Given ten days ago on an offline tablet: its days count from today.
    late = deviationEnvelope({ unit: 'unit-c', createdAt: new Date(Date.now() - 10 * DAY_MS).toISOString() });
    for (const envelope of [plain, late]) assert.equal((await send(server.url, envelope)).status, 201);

    const reports = await list();
    for (const report of reports) {
      const received = Date.parse(report.receivedAt);
      assert.ok(received >= started - 1000, 'received now');
      assert.equal(Date.parse(report.acknowledgementDue), received + 7 * DAY_MS);
      assert.equal(Date.parse(report.feedbackDue), received + 97 * DAY_MS);
      assert.equal(report.acknowledgedAt, null);
      assert.equal(report.overdue, null);
    }
    assert.deepEqual(await overdueNow(), []);
  });

  it('shows overdue reports first and sends one event per report and deadline per day', async () => {
    at(7 * DAY_MS + HOUR_MS)();
    const acknowledged = await request(server.url, `/v1/reports/${withReceipt.envelope.id}/acknowledge`, {
      method: 'POST',
      headers: reportsToken,
    });
    assert.equal(acknowledged.status, 200);
    assert.ok(Math.abs(Date.parse(acknowledged.body.acknowledgedAt) - (Date.now() + offset)) < 60_000);
    assert.equal(
      Date.parse(acknowledged.body.feedbackDue),
      Date.parse(acknowledged.body.acknowledgedAt) + 90 * DAY_MS,
    );

    const reports = await list();
    assert.deepEqual(
      reports.map((report) => [report.id, report.overdue]),
      [
        [plain.id, 'acknowledgement'],
        [late.id, 'acknowledgement'],
        [withReceipt.envelope.id, null],
      ],
    );
    const { body: detail } = await request(server.url, `/v1/reports/${plain.id}`, { headers: reportsToken });
    assert.equal(detail.overdue, 'acknowledgement');

    const queued = await overdueNow();
    assert.deepEqual(
      queued.map(({ id, deadline }) => [id, deadline]),
      [
        [plain.id, 'acknowledgement'],
        [late.id, 'acknowledgement'],
      ],
    );
    assert.deepEqual(await overdueNow(), [], 'the same day again: nothing new');
    const delivered = await eventsSettled(2);
    const ofPlain = delivered.find((event) => event.id === plain.id);
    assert.deepEqual(Object.keys(ofPlain).sort(), ['deadline', 'dueAt', 'event', 'id', 'key', 'unit']);
    assert.deepEqual(
      { ...ofPlain, key: undefined },
      {
        event: 'report.overdue',
        id: plain.id,
        unit: 'unit-b',
        deadline: 'acknowledgement',
        dueAt: detail.acknowledgementDue,
        key: undefined,
      },
    );
    assert.notEqual(ofPlain.key, plain.id, 'an event has its own Idempotency-Key');
  });

  it('sends again the next day, not for a closed report, and for feedback once it is due', async () => {
    await request(server.url, `/v1/reports/${late.id}`, {
      method: 'PATCH',
      headers: reportsToken,
      json: { status: 'closed' },
    });
    at(8 * DAY_MS + HOUR_MS)();
    assert.deepEqual(
      (await overdueNow()).map(({ id, deadline }) => [id, deadline]),
      [[plain.id, 'acknowledgement']],
    );

    // Past the feedback date of the acknowledged report, which has had no reply.
    at(7 * DAY_MS + 2 * HOUR_MS + 90 * DAY_MS)();
    const due = await overdueNow();
    assert.deepEqual(
      due.map(({ id, deadline }) => [id, deadline]).sort(),
      [
        [plain.id, 'acknowledgement'],
        [plain.id, 'feedback'],
        [withReceipt.envelope.id, 'feedback'],
      ].sort(),
    );
    const [first] = await list();
    assert.equal(first.overdue, 'acknowledgement', 'the longest overdue on top');

    // A reply is the feedback: the next day has no event for that report.
    const id = randomUUID();
    const { body: report } = await request(server.url, `/v1/reports/${withReceipt.envelope.id}`, {
      headers: reportsToken,
    });
    const sealed = await sealReportMessage(publicKey, report.receipt.replyPublicKey, report.id, id, {
      text: 'We looked into it.',
    });
    const replied = await request(server.url, `/v1/reports/${report.id}/messages`, {
      method: 'POST',
      headers: reportsToken,
      json: { id, kid: report.envelope.data.kid, ...sealed },
    });
    assert.equal(replied.status, 201);
    at(7 * DAY_MS + 2 * HOUR_MS + 91 * DAY_MS)();
    assert.deepEqual(
      (await overdueNow()).map(({ id: reportId }) => reportId),
      [plain.id, plain.id],
    );
    await eventsSettled(2 + 1 + 3 + 2);
  });
});
