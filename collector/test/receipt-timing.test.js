/**
 * A receipt lookup's time does not tell a hit from a miss (issue 20): a hit reads more rows, so
 * both answer no sooner than the same minimum (tuning.receiptMinResponseMs, 150 ms). Measured as
 * a reporter's browser would: the median over 50 of each, over HTTP, interleaved.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { lookUp, sendReportWithReceipt } from './support/receipts.js';
import { initReports } from './support/reports-init.js';
import { freshStorage, STORAGE } from './support/storage.js';

const ROUNDS = 50;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[ROUNDS / 2 - 1] + sorted[ROUNDS / 2]) / 2;
};

async function timed(url, lookupKey, expected) {
  const started = performance.now();
  const { status } = await lookUp(url, lookupKey);
  const ms = performance.now() - started;
  assert.equal(status, expected);
  return ms;
}

/** Median hit and miss times in ms. */
async function measure(url, hitKey) {
  const hits = [];
  const misses = [];
  for (let i = 0; i < ROUNDS; i++) {
    hits.push(await timed(url, hitKey, 200));
    misses.push(await timed(url, `${String(i).padStart(2, '0')}${'M'.repeat(41)}`, 404));
  }
  return { hit: median(hits), miss: median(misses) };
}

describe(`receipt lookup timing [${STORAGE}]`, () => {
  let storage;
  let server;
  let report;
  before(async () => {
    storage = await freshStorage();
    const init = await initReports(storage);
    // Enough failures allowed for 50 misses from one address; the padding as in production.
    server = await startCollector({ storage, tuning: { receiptFailuresPerClient: 1000 } });
    report = await sendReportWithReceipt(server.url, init.publicKey);
  });
  after(async () => {
    await server?.stop();
    await storage?.drop();
  });

  it('answers a hit and a miss in the same median time, no sooner than 150 ms', async (t) => {
    const { hit, miss } = await measure(server.url, report.secrets.lookupKey);
    t.diagnostic(`median of ${ROUNDS}: hit ${hit.toFixed(1)} ms, miss ${miss.toFixed(1)} ms`);
    assert.ok(hit >= 150 && miss >= 150, `hit ${hit} ms, miss ${miss} ms`);
    assert.ok(Math.abs(hit - miss) < 20, `hit ${hit} ms, miss ${miss} ms`);
  });
});
