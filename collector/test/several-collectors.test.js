/**
 * Several collectors on one PostgreSQL, as behind a load balancer: three real processes
 * (bin/palaute-collector.js) on one database, over real HTTP. An answer stored by one appears on
 * every one's results stream; the rate limit counts a client's requests on all of them together;
 * the daily purge runs once when all three start their daily jobs at the same moment; wrong receipt
 * codes are counted on all of them together.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { createCollector } from '../dist/index.js';
import { collectorEnv, spawnCollector } from './support/child-collector.js';
import { npsEnvelope } from './support/envelopes.js';
import { openEventStream } from './support/events.js';
import { request, send } from './support/http.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

const skip = STORAGE !== 'postgresql' && 'PostgreSQL only: a PGlite directory belongs to one process';

/** Three collector processes on `storage`; resolves once all three listen. */
async function startThree(storage, env = {}) {
  const children = ['A', 'B', 'C'].map(() => spawnCollector(collectorEnv(storage, env)));
  const urls = await Promise.all(children.map((child) => child.listening));
  return {
    urls,
    outputs: () => children.map((child) => child.output()),
    async stop() {
      for (const { child } of children) child.kill('SIGTERM');
      await Promise.all(children.map((child) => child.exited));
    },
  };
}

async function withClient(storage, work) {
  const client = new pg.Client({ connectionString: storage.options.databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe(`three collectors on one database: live results [${STORAGE}]`, { skip }, () => {
  let storage;
  let three;
  before(async () => {
    storage = await freshStorage();
    three = await startThree(storage);
  });
  after(async () => {
    await three?.stop();
    await storage?.drop();
  });

  /** Streams on B and C for `unit`, each past its first documents. */
  async function streamsOnBAndC(unit) {
    // Each stream waits for its first documents as soon as it is open, so none slips by unseen.
    return Promise.all(
      three.urls.slice(1).map(async (url) => {
        const stream = await openEventStream(url, `/v1/results/stream?unit=${unit}`, bearer('results'));
        await stream.next('nps');
        return stream;
      }),
    );
  }

  /** Posts five answers to A; ms from the fifth's 201 until B's and C's streams show all five. */
  async function fifthAnswerReachesBAndC(unit, streams) {
    const [a] = three.urls;
    for (let i = 0; i < 4; i++) assert.equal((await send(a, npsEnvelope({ unit, score: 10 }))).status, 201);
    const updates = streams.map((stream) => stream.next('nps', (data) => data.groups[0]?.n === 5, 5000));
    assert.equal((await send(a, npsEnvelope({ unit, score: 10 }))).status, 201);
    const storedAt = Date.now();
    const events = await Promise.all(updates);
    for (const event of events) assert.equal(event.data.groups[0].nps, 100);
    return events.map((event) => event.at - storedAt);
  }

  it("shows an answer posted to A on B's and C's streams within a second", async () => {
    const streams = await streamsOnBAndC('shared-unit');
    const delays = await fifthAnswerReachesBAndC('shared-unit', streams);
    for (const delay of delays) assert.ok(delay < 1000, `arrived ${delay} ms after the answer was stored`);
    // The stream sends an update at most every 250 ms: that is most of this.
    console.log(`answer on A → streams of B and C: ${delays.join(' ms, ')} ms`);
    await Promise.all(streams.map((stream) => stream.close()));
  });

  it('tells the others the kind of an answer and nothing of its content', async () => {
    await withClient(storage, async (client) => {
      const notices = [];
      client.on('notification', (message) => notices.push({ ...message, at: performance.now() }));
      await client.query('LISTEN palaute_answers_stored');
      const answer = npsEnvelope({ unit: 'secret-unit-name', score: 3, comment: 'secret words' });
      const sentAt = performance.now();
      assert.equal((await send(three.urls[0], answer)).status, 201);
      const answeredAt = performance.now();
      while (!notices.length && performance.now() - sentAt < 2000) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      assert.equal(notices.length, 1);
      const notice = JSON.parse(notices[0].payload);
      assert.deepEqual(Object.keys(notice).sort(), ['from', 'kinds']);
      assert.deepEqual(notice.kinds, ['nps']);
      for (const secret of [answer.id, 'secret-unit-name', 'secret words', 'family-work']) {
        assert.ok(!notices[0].payload.includes(secret), `${secret} is not in the notice`);
      }
      console.log(
        `NOTIFY heard ${(notices[0].at - sentAt).toFixed(1)} ms after the POST was sent ` +
          `(its 201 came after ${(answeredAt - sentAt).toFixed(1)} ms)`,
      );
    });
  });

  it('listens again after its listening connection is cut, and hears the next answers', async () => {
    const streams = await streamsOnBAndC('after-cut');
    const cut = await withClient(storage, async (client) => {
      const { rows } = await client.query(
        `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
         WHERE application_name = 'palaute-collector listener' AND datname = current_database()`,
      );
      return rows.length;
    });
    assert.equal(cut, 3, "every collector's listening connection was cut");
    // The first retry is 100 ms later; give it a moment before the answers that must be heard.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const delays = await fifthAnswerReachesBAndC('after-cut', streams);
    for (const delay of delays) assert.ok(delay < 1000, `arrived ${delay} ms after the answer was stored`);
    await Promise.all(streams.map((stream) => stream.close()));
  });
});

describe(`three collectors on one database: rate limit and daily purge [${STORAGE}]`, { skip }, () => {
  const LIMIT = 30;
  const EXPIRED = 20_000;
  let storage;
  let three;
  before(async () => {
    storage = await freshStorage();
    // A migrated database with many answers past their retention, the purge not yet run today.
    const collector = await createCollector({ ...storage.options, port: 0, logLevel: 'silent' });
    await collector.close();
    await withClient(storage, async (client) => {
      await client.query(
        `INSERT INTO answers (id, kind, unit, service, created_at, received_at, digest, envelope)
         SELECT gen_random_uuid(), 'nps', 'old-unit', 'old', now() - interval '3 years',
           now() - interval '3 years', 'x', '{}'::jsonb
         FROM generate_series(1, $1)`,
        [EXPIRED],
      );
      await client.query('DELETE FROM daily_job_runs');
    });
    three = await startThree(storage, { PALAUTE_RATE_LIMIT: String(LIMIT), PALAUTE_LOG_LEVEL: 'info' });
  });
  after(async () => {
    await three?.stop();
    await storage?.drop();
  });

  it('purges once, although all three start their daily jobs at the same moment', async () => {
    const purges = () =>
      three
        .outputs()
        .flatMap((output) => output.split('\n'))
        .filter((line) => line.includes('"msg":"retention purge"'));
    const deadline = Date.now() + 15_000;
    while (!purges().length && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    // The others looked while it ran or after it had finished; give any late one time to log.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(purges().length, 1, 'one retention purge across the three collectors');
    assert.equal(JSON.parse(purges()[0]).purged.answers.nps, EXPIRED);
    const { rows } = await withClient(storage, (client) =>
      client.query("SELECT count(*)::int AS n FROM answers WHERE unit = 'old-unit'"),
    );
    assert.equal(rows[0].n, 0);
  });

  it("counts a client's requests on all three together", async () => {
    // Counts are per minute of the database's clock: do not start the count just before one ends.
    const { rows } = await withClient(storage, (client) =>
      client.query('SELECT extract(second FROM clock_timestamp())::float AS s'),
    );
    if (rows[0].s > 45) await new Promise((resolve) => setTimeout(resolve, (61 - rows[0].s) * 1000));

    const statuses = [];
    for (let i = 0; i < LIMIT; i++) {
      const url = three.urls[i % 3];
      statuses.push((await request(url, '/v1/results/nps', { headers: bearer('results') })).status);
    }
    assert.deepEqual(new Set(statuses), new Set([200]), `${LIMIT} requests, ${LIMIT / 3} to each`);
    // Each collector has seen a third of the limit; together they have seen all of it.
    for (const url of three.urls) {
      const refused = await request(url, '/v1/results/nps', { headers: bearer('results') });
      assert.equal(refused.status, 429);
      assert.match(refused.headers.get('retry-after'), /^\d+$/);
    }
  });
});

describe(`three collectors on one database: guessing receipt codes [${STORAGE}]`, { skip }, () => {
  // The default: 10 failed lookups per client address in 15 minutes (reports/receipt-limits.ts).
  const PER_CLIENT = 10;
  const WRONG = { lookupKey: 'W'.repeat(43) };
  let storage;
  let three;
  before(async () => {
    storage = await freshStorage();
    three = await startThree(storage);
  });
  after(async () => {
    await three?.stop();
    await storage?.drop();
  });

  it("counts a client's wrong codes on all three together", async () => {
    const lookUp = (url) =>
      fetch(`${url}/v1/receipts`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(WRONG),
      });
    const statuses = [];
    for (let i = 0; i < PER_CLIENT; i++) statuses.push((await lookUp(three.urls[i % 3])).status);
    assert.deepEqual(new Set(statuses), new Set([404]), `${PER_CLIENT} wrong codes spread over three`);
    // No collector has seen ten of them; together they have.
    for (const url of three.urls) {
      const refused = await lookUp(url);
      assert.equal(refused.status, 429);
      assert.match(refused.headers.get('retry-after'), /^\d+$/);
    }
  });
});
