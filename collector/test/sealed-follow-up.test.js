/**
 * The sentinel check of sealed-reports.test.js, extended to the follow-up (issue 20): a handler's
 * reply and a reporter's addition, each with a sentinel in its text, and the receipt code with
 * the keys it derives. None of them is anywhere the collector keeps or sends things: the
 * database files (PGlite) or a pg_dump (PostgreSQL), the exports, the webhook bodies, the log.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { openReplyKey, openReportMessage, sealReportMessage } from 'palaute/crypto';
import { startCollector } from './support/collector.js';
import { databaseBytes } from './support/database-bytes.js';
import { request, send } from './support/http.js';
import { reportsToken } from './support/inbox-keys.js';
import { additionEnvelope, lookUp, sendReportWithReceipt } from './support/receipts.js';
import { initReports } from './support/reports-init.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';
import { startWebhookReceiver } from './support/webhook-receiver.js';

const REPLY = 'SENTINEL-REPLY-4c1d we moved the child to another group';
const ADDITION = 'SENTINEL-ADDITION-9e2b it happened again in the evening';

describe(`sealed follow-up: replies, additions and the code leave no trace [${STORAGE}]`, () => {
  let storage;
  let server;
  let receiver;
  const logLines = [];
  before(async () => {
    storage = await freshStorage();
    await initReports(storage);
    receiver = await startWebhookReceiver();
    server = await startCollector({
      storage,
      logLevel: 'trace',
      logDestination: { write: (line) => logLines.push(line) },
      webhooks: { 'deviation-report': receiver.url },
      webhookSecret: 'webhook-secret-for-tests',
      tuning: { webhookRetryBaseMs: 100, webhookPollMs: 50 },
    });
  });
  after(async () => {
    await server?.stop();
    await receiver?.close();
    await storage?.drop();
  });

  it('keeps the reply, the addition, the code and its keys out of the database, exports, webhooks and logs', async () => {
    const { body: current } = await request(server.url, '/v1/reports/public-key');
    const report = await sendReportWithReceipt(server.url, current.publicKey);
    const reportId = report.envelope.id;

    // The reporter adds, the handler acknowledges and replies, the reporter reads the reply.
    const { body: followUp } = await lookUp(server.url, report.secrets.lookupKey);
    const addition = await additionEnvelope({
      reportId,
      appendKey: report.secrets.appendKey,
      organisationKey: followUp.organisationKey,
      replyPublicKey: followUp.replyKey.publicKey,
      text: ADDITION,
    });
    assert.equal((await send(server.url, addition)).status, 201);
    const path = `/v1/reports/${reportId}`;
    assert.equal(
      (await request(server.url, `${path}/acknowledge`, { method: 'POST', headers: reportsToken })).status,
      200,
    );
    const id = randomUUID();
    const reply = await sealReportMessage(current.publicKey, followUp.replyKey.publicKey, reportId, id, {
      text: REPLY,
    });
    const sent = await request(server.url, `${path}/messages`, {
      method: 'POST',
      headers: reportsToken,
      json: { id, kid: current.kid, ...reply },
    });
    assert.equal(sent.status, 201);
    const { body: after } = await lookUp(server.url, report.secrets.lookupKey);
    const replyKeyPair = await openReplyKey(report.secrets, after.replyKey);
    const read = after.messages.find((message) => message.id === id);
    assert.equal((await openReportMessage(replyKeyPair, read.forReporter, reportId, id)).text, REPLY);

    await receiver.bodyFor(reportId);
    const places = {
      webhooks: receiver.received.map((delivery) => delivery.body).join('\n'),
      'JSON Lines export': (
        await request(server.url, '/v1/export?format=jsonl', { headers: bearer('admin') })
      ).body,
      'CSV export': (await request(server.url, '/v1/export?format=csv', { headers: bearer('admin') })).body,
      'report read': JSON.stringify((await request(server.url, path, { headers: reportsToken })).body),
    };
    assert.ok(places['CSV export'].includes(reportId), 'the export holds the report');
    assert.ok(!places.webhooks.includes(addition.id), 'an addition is not forwarded');
    await server.stop();
    server = undefined;
    places.logs = logLines.join('');
    assert.ok(places.logs.includes(addition.id), 'the log names the addition');
    assert.ok(places.logs.includes('/v1/receipts'), 'the log has the lookups');
    places[STORAGE === 'pglite' ? 'PGlite files' : 'pg_dump'] = databaseBytes(storage);
    const secrets = {
      reply: REPLY,
      addition: ADDITION,
      'the code': report.code,
      "the code's digits": report.code.replaceAll(' ', ''),
      'the lookup key': report.secrets.lookupKey,
      'the append key': report.secrets.appendKey,
    };
    for (const [where, text] of Object.entries(places)) {
      for (const [what, secret] of Object.entries(secrets)) {
        assert.ok(!text.includes(secret), `${what} is not in the ${where}`);
      }
    }
    const verifier = report.receipt.lookupVerifier;
    assert.ok(
      places[STORAGE === 'pglite' ? 'PGlite files' : 'pg_dump'].includes(verifier),
      'the verifier is',
    );
  });
});
