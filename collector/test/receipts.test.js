/**
 * Following a deviation report by its receipt code (issue 20), against a real collector with a
 * reports key: the reporter's lookup, their additions, the handlers' acknowledgement and reply,
 * and what a wrong code is told.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { openReplyKey, openReportMessage, sealReportMessage } from 'palaute/crypto';
import { followUpSchema } from 'palaute/schema';
import { startCollector } from './support/collector.js';
import { request, send } from './support/http.js';
import { reportsToken, unlock } from './support/inbox-keys.js';
import { additionEnvelope, lookUp, sendReportWithReceipt } from './support/receipts.js';
import { initReports, PASSPHRASE } from './support/reports-init.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { deviationEnvelope } from './support/envelopes.js';

const DAY_MS = 24 * 60 * 60_000;
const NOT_FOUND = { error: 'not-found', problems: [] };

describe(`receipt codes [${STORAGE}]`, () => {
  let storage;
  let server;
  let init;
  let keys;
  let report;
  before(async () => {
    storage = await freshStorage();
    init = await initReports(storage);
    server = await startCollector({ storage });
    ({ keys } = await unlock(server.url, 'Maija', PASSPHRASE));
    report = await sendReportWithReceipt(server.url, init.publicKey);
  });
  after(async () => {
    await server?.stop();
    await storage?.drop();
  });

  it('finds the report by the lookup key its code derives, with its dates and no messages yet', async () => {
    const { status, body } = await lookUp(server.url, report.secrets.lookupKey);
    assert.equal(status, 200);
    const followUp = followUpSchema.parse(body);
    assert.equal(followUp.report.id, report.envelope.id);
    assert.equal(followUp.report.status, 'new');
    assert.equal(followUp.report.locale, 'fi');
    assert.equal(followUp.report.acknowledgedAt, null);
    assert.equal(followUp.report.closedAt, null);
    const received = Date.parse(followUp.report.receivedAt);
    assert.ok(Math.abs(received - Date.now()) < 60_000, 'received now');
    assert.equal(Date.parse(followUp.report.acknowledgementDue), received + 7 * DAY_MS);
    assert.equal(Date.parse(followUp.report.feedbackDue), received + 97 * DAY_MS);
    assert.deepEqual(followUp.replyKey, report.receipt.replyKey);
    assert.equal(followUp.organisationKey.kid, report.envelope.data.kid);
    assert.deepEqual(followUp.organisationKey.publicKey, init.publicKey);
    assert.deepEqual(followUp.messages, []);
  });

  it('answers a wrong code and an unknown report with the same 404', async () => {
    const other = await sendReportWithReceipt(server.url, init.publicKey);
    const wrong = await lookUp(server.url, other.secrets.appendKey);
    assert.equal(wrong.status, 404);
    assert.deepEqual(wrong.body, NOT_FOUND);
    const none = await lookUp(server.url, 'A'.repeat(43));
    assert.equal(none.status, 404);
    assert.deepEqual(none.body, NOT_FOUND);
    const bad = await lookUp(server.url, 'not a key');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.problems.length, 1);
    assert.ok(bad.body.problems[0].startsWith('lookupKey:'), bad.body.problems[0]);
  });

  it('takes an addition with the right append key, once, and refuses a wrong key or report alike', async () => {
    const { body: followUp } = await lookUp(server.url, report.secrets.lookupKey);
    const reportId = report.envelope.id;
    const addition = await additionEnvelope({
      reportId,
      appendKey: report.secrets.appendKey,
      organisationKey: followUp.organisationKey,
      replyPublicKey: followUp.replyKey.publicKey,
      text: 'The same thing happened again on Friday.',
    });
    const stored = await send(server.url, addition);
    assert.equal(stored.status, 201);
    assert.deepEqual(stored.body, { id: addition.id, status: 'stored' });
    assert.equal(
      (await send(server.url, addition)).status,
      409,
      'the outbox resending it is told it arrived',
    );

    const wrongKey = { ...addition, id: randomUUID(), data: { ...addition.data, appendKey: 'B'.repeat(43) } };
    const wrong = await send(server.url, wrongKey);
    assert.equal(wrong.status, 404);
    assert.deepEqual(wrong.body, NOT_FOUND);
    const elsewhere = { ...addition, id: randomUUID(), data: { ...addition.data, reportId: randomUUID() } };
    const unknown = await send(server.url, elsewhere);
    assert.equal(unknown.status, 404);
    assert.deepEqual(unknown.body, NOT_FOUND);
    const changed = { ...addition, data: { ...addition.data, sealed: wrongKey.data.forReporter } };
    assert.equal((await send(server.url, changed)).status, 422, 'another body under the same id');

    // A message of the report, not an answer: the handler reads it, the export does not have it.
    const { body: read } = await request(server.url, `/v1/reports/${reportId}`, { headers: reportsToken });
    const [message] = read.messages;
    assert.equal(message.id, addition.id);
    assert.equal(message.type, 'addition');
    assert.equal(message.kid, addition.data.kid);
    assert.equal(message.forReporter, undefined, 'handlers get the organisation copy');
    const opened = await openReportMessage(keys.get(message.kid), message.sealed, reportId, message.id);
    assert.equal(opened.text, 'The same thing happened again on Friday.');
    const exported = await request(server.url, '/v1/export?format=jsonl', {
      headers: { authorization: 'Bearer admin-token-for-tests-only' },
    });
    assert.ok(!String(exported.body).includes(addition.id), 'not exported as an answer');
  });

  it('lets a handler acknowledge once and reply, audited; the reporter reads both with the code', async () => {
    const reportId = report.envelope.id;
    const path = `/v1/reports/${reportId}`;
    const acknowledged = await request(server.url, `${path}/acknowledge`, {
      method: 'POST',
      headers: reportsToken,
    });
    assert.equal(acknowledged.status, 200);
    const { acknowledgedAt, feedbackDue } = acknowledged.body;
    assert.equal(Date.parse(feedbackDue), Date.parse(acknowledgedAt) + 90 * DAY_MS);
    const again = await request(server.url, `${path}/acknowledge`, { method: 'POST', headers: reportsToken });
    assert.equal(again.status, 409);

    const { body: read } = await request(server.url, path, { headers: reportsToken });
    assert.deepEqual(read.receipt, { replyPublicKey: report.receipt.replyKey.publicKey });
    const id = randomUUID();
    const reply = await sealReportMessage(init.publicKey, read.receipt.replyPublicKey, reportId, id, {
      text: 'Thank you. We have talked with the unit.',
    });
    const kid = report.envelope.data.kid;
    const clear = await request(server.url, `${path}/messages`, {
      method: 'POST',
      headers: reportsToken,
      json: { id, kid, ...reply, text: 'in the clear' },
    });
    assert.equal(clear.status, 400);
    assert.ok(clear.body.problems[0].startsWith('text:'), clear.body.problems.join('; '));
    const unknownKid = await request(server.url, `${path}/messages`, {
      method: 'POST',
      headers: reportsToken,
      json: { id, kid: 'C'.repeat(43), ...reply },
    });
    assert.equal(unknownKid.status, 422);
    const sent = await request(server.url, `${path}/messages`, {
      method: 'POST',
      headers: reportsToken,
      json: { id, kid, ...reply },
    });
    assert.equal(sent.status, 201);
    const retried = await request(server.url, `${path}/messages`, {
      method: 'POST',
      headers: reportsToken,
      json: { id, kid, ...reply },
    });
    assert.equal(retried.status, 201, 'a retry is stored once');

    const { body: audit } = await request(server.url, `${path}/audit`, { headers: reportsToken });
    const actions = audit.audit.map((row) => row.action);
    assert.deepEqual(
      actions.filter((action) => action === 'acknowledge' || action === 'reply'),
      ['acknowledge', 'reply'],
    );

    // Another device: only the code.
    const { status, body } = await lookUp(server.url, report.secrets.lookupKey);
    assert.equal(status, 200);
    const followUp = followUpSchema.parse(body);
    assert.equal(followUp.report.acknowledgedAt, new Date(acknowledgedAt).toISOString());
    assert.equal(followUp.report.feedbackDue, new Date(feedbackDue).toISOString());
    assert.deepEqual(
      followUp.messages.map((message) => message.type),
      ['addition', 'acknowledgement', 'reply'],
    );
    assert.equal(followUp.messages[1].forReporter, undefined, 'an acknowledgement has no text');
    const replyKeyPair = await openReplyKey(report.secrets, followUp.replyKey);
    const answer = followUp.messages[2];
    assert.equal(answer.id, id);
    const opened = await openReportMessage(replyKeyPair, answer.forReporter, reportId, answer.id);
    assert.equal(opened.text, 'Thank you. We have talked with the unit.');
    const addition = followUp.messages[0];
    const ownAddition = await openReportMessage(replyKeyPair, addition.forReporter, reportId, addition.id);
    assert.equal(ownAddition.text, 'The same thing happened again on Friday.');
  });

  it('refuses a reply to a report without a receipt with 409, and to an unknown one with 404', async () => {
    const plain = deviationEnvelope();
    assert.equal((await send(server.url, plain)).status, 201);
    const { body: read } = await request(server.url, `/v1/reports/${plain.id}`, { headers: reportsToken });
    assert.equal(read.receipt, null);
    assert.deepEqual(read.messages, []);
    const id = randomUUID();
    const reply = await sealReportMessage(init.publicKey, init.publicKey, plain.id, id, { text: 'x' });
    const json = { id, kid: read.envelope.data.kid, ...reply };
    const noReceipt = await request(server.url, `/v1/reports/${plain.id}/messages`, {
      method: 'POST',
      headers: reportsToken,
      json,
    });
    assert.equal(noReceipt.status, 409);
    const unknown = await request(server.url, `/v1/reports/${randomUUID()}/messages`, {
      method: 'POST',
      headers: reportsToken,
      json,
    });
    assert.equal(unknown.status, 404);
    const ack = await request(server.url, `/v1/reports/${randomUUID()}/acknowledge`, {
      method: 'POST',
      headers: reportsToken,
    });
    assert.equal(ack.status, 404);
  });

  it('keeps the receipt of a plaintext report it seals, so its code works', async () => {
    const plain = await sendReportWithReceipt(server.url, null);
    const { body: read } = await request(server.url, `/v1/reports/${plain.envelope.id}`, {
      headers: reportsToken,
    });
    assert.ok(read.envelope.data.sealed, 'sealed by the collector');
    assert.deepEqual(read.envelope.data.receipt, plain.receipt, 'the receipt in the clear');
    const { status, body } = await lookUp(server.url, plain.secrets.lookupKey);
    assert.equal(status, 200);
    assert.equal(body.report.id, plain.envelope.id);
  });

  it('refuses a second report carrying a receipt already in use', async () => {
    const copy = deviationEnvelope();
    copy.data.receipt = report.receipt;
    const { status, body } = await send(server.url, copy);
    assert.equal(status, 422);
    assert.ok(body.problems[0].startsWith('data.receipt.lookupVerifier:'), body.problems.join('; '));
  });

  it("answers a closed report's code with its status until it is erased, then 404", async () => {
    const closing = await sendReportWithReceipt(server.url, init.publicKey);
    const path = `/v1/reports/${closing.envelope.id}`;
    await request(server.url, path, { method: 'PATCH', headers: reportsToken, json: { status: 'closed' } });
    const { status, body } = await lookUp(server.url, closing.secrets.lookupKey);
    assert.equal(status, 200);
    assert.equal(body.report.status, 'closed');
    assert.ok(Math.abs(Date.parse(body.report.closedAt) - Date.now()) < 60_000);
    const erased = await request(server.url, `/v1/answers/${closing.envelope.id}`, {
      method: 'DELETE',
      headers: { authorization: 'Bearer admin-token-for-tests-only' },
    });
    assert.equal(erased.status, 204);
    const gone = await lookUp(server.url, closing.secrets.lookupKey);
    assert.equal(gone.status, 404);
    assert.deepEqual(gone.body, NOT_FOUND);
  });
});
