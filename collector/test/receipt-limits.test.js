/**
 * Guessing receipt codes (issue 20): failed lookups are limited per client address and for all
 * clients together, wrong append keys per report id; a limited client is told 429 with
 * Retry-After even for a right code (or the limit would still tell right from wrong). And a hit
 * takes as long as a miss.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { send } from './support/http.js';
import { additionEnvelope, lookUp, sendReportWithReceipt } from './support/receipts.js';
import { initReports } from './support/reports-init.js';
import { freshStorage, STORAGE } from './support/storage.js';

const from = (address) => ({ 'x-forwarded-for': address });
const WRONG = 'W'.repeat(43);

describe(`receipt guessing limits [${STORAGE}]`, () => {
  let storage;
  let server;
  let init;
  let report;
  let organisationKey;
  before(async () => {
    storage = await freshStorage();
    init = await initReports(storage);
    server = await startCollector({
      storage,
      // Client addresses from X-Forwarded-For, as behind a proxy, so that one test is many clients.
      trustProxy: true,
      tuning: {
        receiptFailuresPerClient: 3,
        receiptFailuresPerReport: 2,
        receiptFailuresGlobal: 8,
        receiptMinResponseMs: 0,
      },
    });
    report = await sendReportWithReceipt(server.url, init.publicKey);
    ({ organisationKey } = (await lookUp(server.url, report.secrets.lookupKey, from('192.0.2.99'))).body);
  });
  after(async () => {
    await server?.stop();
    await storage?.drop();
  });

  it('limits one client to 3 failed lookups, then 429 with Retry-After even for the right code', async () => {
    const client = from('192.0.2.1');
    for (let i = 0; i < 3; i++) assert.equal((await lookUp(server.url, WRONG, client)).status, 404);
    const limited = await lookUp(server.url, report.secrets.lookupKey, client);
    assert.equal(limited.status, 429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);
    const other = await lookUp(server.url, report.secrets.lookupKey, from('192.0.2.2'));
    assert.equal(other.status, 200, 'another client is not limited');
  });

  it('counts a right code as no failure', async () => {
    const client = from('192.0.2.3');
    for (let i = 0; i < 5; i++) {
      assert.equal((await lookUp(server.url, report.secrets.lookupKey, client)).status, 200);
    }
  });

  it('limits wrong append keys to 2 per report id, known or not, then 429 for the right key too', async () => {
    const addition = (appendKey, reportId = report.envelope.id) =>
      additionEnvelope({
        reportId,
        appendKey,
        organisationKey,
        replyPublicKey: report.receipt.replyKey.publicKey,
        text: 'more',
      });
    // From two addresses, so that the per-client limit (3) is not what stops them.
    assert.equal(
      (await send(server.url, await addition(WRONG), { headers: from('192.0.2.10') })).status,
      404,
    );
    assert.equal(
      (await send(server.url, await addition(WRONG), { headers: from('192.0.2.11') })).status,
      404,
    );
    const right = await send(server.url, await addition(report.secrets.appendKey), {
      headers: from('192.0.2.12'),
    });
    assert.equal(right.status, 429);
    assert.ok(Number(right.headers.get('retry-after')) > 0);

    // An id of no report is limited the same way: a 429 does not tell which ids exist.
    const nobody = randomUUID();
    for (const address of ['192.0.2.13', '192.0.2.14']) {
      const { status } = await send(server.url, await addition(WRONG, nobody), { headers: from(address) });
      assert.equal(status, 404);
    }
    const third = await send(server.url, await addition(WRONG, nobody), { headers: from('192.0.2.15') });
    assert.equal(third.status, 429);
  });

  it('stops failed lookups from all clients together at 8 per window', async () => {
    // So far 3 (192.0.2.1) failed lookups; wrong append keys count per client, not globally.
    for (let i = 0; i < 5; i++) {
      assert.equal((await lookUp(server.url, WRONG, from(`198.51.100.${i}`))).status, 404);
    }
    const limited = await lookUp(server.url, report.secrets.lookupKey, from('198.51.100.200'));
    assert.equal(limited.status, 429, 'a fresh client is limited once everyone has failed 8 times');
  });
});
