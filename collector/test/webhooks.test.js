/** Forwarding to a webhook: signed, retried with backoff, durable across restarts, each answer once. */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { deviationEnvelope, npsEnvelope } from './support/envelopes.js';
import { send } from './support/http.js';
import { freshStorage, STORAGE } from './support/storage.js';

const SECRET = 'webhook-secret-for-tests';

/** A receiver on loopback that answers each request with the next planned status (or drops it). */
async function startReceiver({ delayMs = 0 } = {}) {
  const received = [];
  let plan = [];
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const outcome = plan.length ? plan.shift() : 200;
    received.push({
      at: Date.now(),
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      outcome,
    });
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (outcome === 'drop') return req.socket.destroy();
    res.writeHead(outcome).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hooks/palaute`,
    received,
    plan: (outcomes) => (plan = [...outcomes]),
    /** Requests for one answer id. */
    for: (id) => received.filter((request) => request.headers['idempotency-key'] === id),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function until(condition, what, timeoutMs = 5000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

function forwardingOptions(receiver) {
  return {
    webhooks: { 'deviation-report': receiver.url },
    webhookSecret: SECRET,
    tuning: { webhookRetryBaseMs: 100, webhookPollMs: 50 },
  };
}

describe(`webhooks [${STORAGE}]`, () => {
  let receiver;
  let server;
  before(async () => {
    receiver = await startReceiver();
    server = await startCollector(forwardingOptions(receiver));
  });
  after(async () => {
    await server?.stop();
    await receiver?.close();
  });

  it('forwards each new answer of the configured kind once, signed over timestamp and body', async () => {
    const report = deviationEnvelope({ contact: { email: 'reach.me@example.fi' } });
    const nps = npsEnvelope();
    assert.equal((await send(server.url, report)).status, 201);
    assert.equal((await send(server.url, nps)).status, 201);
    await until(() => receiver.for(report.id).length === 1, 'the report to be forwarded');
    await settle();

    const [forwarded] = receiver.for(report.id);
    assert.deepEqual(JSON.parse(forwarded.body), report, 'the envelope as received, contact included');
    assert.equal(forwarded.headers['content-type'], 'application/json');
    const [, timestamp, signature] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(
      forwarded.headers['palaute-signature'],
    );
    const expected = createHmac('sha256', SECRET).update(`${timestamp}.${forwarded.body}`).digest('hex');
    assert.equal(signature, expected);
    assert.ok(Math.abs(Date.now() / 1000 - Number(timestamp)) < 60);
    assert.equal(receiver.for(nps.id).length, 0, 'no webhook is configured for nps');
    assert.equal(receiver.for(report.id).length, 1, 'and only once');
  });

  it('forwards twenty reports sent at once, each exactly once', async () => {
    const reports = Array.from({ length: 20 }, () => deviationEnvelope());
    await Promise.all(reports.map((report) => send(server.url, report)));
    await until(() => reports.every((report) => receiver.for(report.id).length > 0), 'all reports to arrive');
    await settle();
    for (const report of reports) assert.equal(receiver.for(report.id).length, 1);
  });

  it('retries after errors and dropped connections with growing delays, then stops', async () => {
    receiver.plan([500, 'drop', 503]);
    const report = deviationEnvelope();
    await send(server.url, report);
    await until(
      () => receiver.for(report.id).some((request) => request.outcome === 200),
      'a successful delivery',
    );
    await settle(600);

    const attempts = receiver.for(report.id);
    assert.deepEqual(
      attempts.map((request) => request.outcome),
      [500, 'drop', 503, 200],
    );
    const gaps = attempts.slice(1).map((request, index) => request.at - attempts[index].at);
    // 100 ms, 200 ms, 400 ms, each ±20 %: each wait at least its step's floor. Only floors: a
    // loaded machine makes any wait longer (a full run saw 261, 218, 388 ms), never shorter.
    const floors = [80, 160, 320];
    assert.ok(
      gaps.every((gap, step) => gap >= floors[step] - 5),
      `gaps ${gaps.join(', ')} ms, floors ${floors.join(', ')} ms`,
    );
    assert.equal(new Set(attempts.map((request) => request.body)).size, 1, 'the same body each time');
  });
});

describe(`webhook outbox across restarts [${STORAGE}]`, () => {
  it('delivers after a restart what the receiver refused before it', async () => {
    const receiver = await startReceiver();
    const storage = await freshStorage();
    try {
      receiver.plan(Array.from({ length: 1000 }, () => 500));
      const first = await startCollector({ storage, ...forwardingOptions(receiver) });
      const report = deviationEnvelope();
      await send(first.url, report);
      await until(() => receiver.for(report.id).length >= 1, 'a first, refused attempt');
      await first.stop();

      receiver.plan([]);
      const second = await startCollector({ storage, ...forwardingOptions(receiver) });
      try {
        await until(
          () => receiver.for(report.id).some((request) => request.outcome === 200),
          'delivery after restart',
        );
        await settle();
        assert.equal(receiver.for(report.id).filter((request) => request.outcome === 200).length, 1);
      } finally {
        await second.stop();
      }
    } finally {
      await receiver.close();
      await storage.drop();
    }
  });
});

describe(`webhooks with two collectors on one database [${STORAGE}]`, () => {
  it(
    'forwards each answer once although both collectors deliver the outbox',
    { skip: STORAGE !== 'postgresql' && 'PostgreSQL only: a PGlite directory belongs to one process' },
    async () => {
      const receiver = await startReceiver({ delayMs: 100 });
      const storage = await freshStorage();
      const collectors = [];
      try {
        for (let i = 0; i < 2; i++)
          collectors.push(await startCollector({ storage, ...forwardingOptions(receiver) }));
        const reports = Array.from({ length: 30 }, () => deviationEnvelope());
        await Promise.all(reports.map((report, index) => send(collectors[index % 2].url, report)));
        await until(
          () => reports.every((report) => receiver.for(report.id).length > 0),
          'all reports',
          10_000,
        );
        await settle(600);
        for (const report of reports) assert.equal(receiver.for(report.id).length, 1);
      } finally {
        for (const collector of collectors) await collector.stop();
        await receiver.close();
        await storage.drop();
      }
    },
  );
});
