/**
 * GET /metrics: Prometheus text through prom-client. Never public: a 404 unless a `metrics` token
 * or PALAUTE_METRICS_PORT is configured; with the token, 401/403 to anyone else; on the metrics
 * port, no token (it listens on 127.0.0.1). The counters move with real answers over HTTP.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { collectorEnv, spawnCollector } from './support/child-collector.js';
import { startCollector } from './support/collector.js';
import { npsEnvelope } from './support/envelopes.js';
import { openEventStream } from './support/events.js';
import { request, send } from './support/http.js';
import { parsePrometheusText, valueOf } from './support/prometheus-text.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { bearer, TOKEN_GRANTS } from './support/tokens.js';

const WITHOUT_METRICS_TOKEN = TOKEN_GRANTS.filter((grant) => grant.role !== 'metrics');
const PROMETHEUS_TEXT = /^text\/plain; version=0\.0\.4; charset=utf-8$/;

async function scrape(url, headers = bearer('metrics')) {
  const { status, headers: responseHeaders, body } = await request(url, '/metrics', { headers });
  assert.equal(status, 200);
  assert.match(responseHeaders.get('content-type'), PROMETHEUS_TEXT);
  return parsePrometheusText(body);
}

describe(`metrics are not public by default [${STORAGE}]`, () => {
  let server;
  before(async () => {
    server = await startCollector({ tokens: WITHOUT_METRICS_TOKEN });
  });
  after(() => server?.stop());

  it('answers 404 without a metrics token configured, to anyone', async () => {
    for (const role of ['admin', 'results']) {
      assert.equal((await request(server.url, '/metrics', { headers: bearer(role) })).status, 404);
    }
    assert.equal((await request(server.url, '/metrics')).status, 404);
    assert.equal(server.collector.metricsUrl, undefined, 'no metrics port either');
  });
});

describe(`GET /metrics with a metrics token [${STORAGE}]`, () => {
  let server;
  before(async () => {
    server = await startCollector({
      // Answers to the webhook stay in the outbox: nothing listens on port 9 and retries wait.
      webhooks: { nps: 'http://127.0.0.1:9/hook' },
      webhookSecret: 'a-webhook-secret-for-tests',
      tuning: { webhookRetryBaseMs: 600_000 },
    });
  });
  after(() => server?.stop());

  it('answers 401 without a token and 403 to a token of another role', async () => {
    const anonymous = await request(server.url, '/metrics');
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.headers.get('www-authenticate'), 'Bearer realm="palaute"');
    assert.equal((await request(server.url, '/metrics', { headers: bearer('admin') })).status, 403);
  });

  it('counts answers by kind and outcome, requests by route and status, streams and the webhook backlog', async () => {
    const before = await scrape(server.url);
    const answers = [npsEnvelope(), npsEnvelope(), npsEnvelope()];
    for (const answer of answers) assert.equal((await send(server.url, answer)).status, 201);
    assert.equal((await send(server.url, answers[0])).status, 409);
    const stream = await openEventStream(server.url, '/v1/results/stream', bearer('results'));
    await stream.next('nps');

    const now = await scrape(server.url);
    const moved = (name, labels) => valueOf(now, name, labels) - valueOf(before, name, labels);
    assert.equal(moved('palaute_answers_total', { kind: 'nps', outcome: 'stored' }), 3);
    assert.equal(moved('palaute_answers_total', { kind: 'nps', outcome: 'repeat' }), 1);
    const answered = { method: 'POST', route: '/v1/answers' };
    assert.equal(
      moved('palaute_http_request_duration_seconds_count', { ...answered, status_code: '201' }),
      3,
    );
    assert.equal(
      moved('palaute_http_request_duration_seconds_count', { ...answered, status_code: '409' }),
      1,
    );
    assert.ok(moved('palaute_http_request_duration_seconds_sum', { ...answered, status_code: '201' }) > 0);
    assert.equal(valueOf(now, 'palaute_results_stream_clients'), 1);
    assert.equal(valueOf(now, 'palaute_webhook_backlog'), 3);
    assert.ok(valueOf(now, 'process_cpu_seconds_total') > 0, 'the process metrics are there too');

    await stream.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(valueOf(await scrape(server.url), 'palaute_results_stream_clients'), 0);
  });

  it('labels requests by route pattern, never by the path a client sent', async () => {
    await request(server.url, '/no/such/path/9f3c2a');
    await request(server.url, `/v1/reports/${crypto.randomUUID()}`, { headers: bearer('reports') });
    const text = (await request(server.url, '/metrics', { headers: bearer('metrics') })).body;
    assert.ok(!text.includes('9f3c2a'), 'an unknown path is not a label value');
    assert.match(text, /route="unmatched",status_code="404"/);
    assert.match(text, /route="\/v1\/reports\/:id",status_code="404"/);
  });

  it(`shows the database pool ${STORAGE === 'postgresql' ? 'on PostgreSQL' : 'only on PostgreSQL'}`, async () => {
    const samples = await scrape(server.url);
    const pool = samples.filter((sample) => sample.name.startsWith('palaute_db_pool_'));
    if (STORAGE === 'postgresql') {
      assert.ok(valueOf(samples, 'palaute_db_pool_connections', { state: 'total' }) >= 1);
      assert.equal(valueOf(samples, 'palaute_db_pool_waiting'), 0);
    } else {
      assert.deepEqual(pool, [], 'PGlite has no pool');
    }
  });
});

describe(`metrics on a port of their own [${STORAGE}]`, () => {
  let server;
  before(async () => {
    server = await startCollector({ tokens: WITHOUT_METRICS_TOKEN, metricsPort: 0 });
  });
  after(() => server?.stop());

  it('serves GET /metrics there without a token, on 127.0.0.1, and nothing else', async () => {
    const metricsUrl = new URL(server.collector.metricsUrl);
    assert.equal(metricsUrl.hostname, '127.0.0.1');
    assert.notEqual(metricsUrl.port, new URL(server.url).port);
    assert.equal((await send(server.url, npsEnvelope())).status, 201);
    const samples = await scrape(metricsUrl.origin, {});
    assert.equal(valueOf(samples, 'palaute_answers_total', { kind: 'nps', outcome: 'stored' }), 1);
    assert.equal((await request(metricsUrl.origin, '/v1/results/nps')).status, 404);
    assert.equal((await request(metricsUrl.origin, '/metrics', { method: 'POST' })).status, 404);
    // The public port still has no /metrics: the token role is not configured.
    assert.equal((await request(server.url, '/metrics')).status, 404);
  });

  it('stops listening when the collector closes', async () => {
    const own = await startCollector({ tokens: WITHOUT_METRICS_TOKEN, metricsPort: 0 });
    const { origin } = new URL(own.collector.metricsUrl);
    await own.stop();
    await assert.rejects(fetch(`${origin}/metrics`));
  });
});

describe(`PALAUTE_METRICS_PORT for the command [${STORAGE}]`, () => {
  it('prints where the metrics are and serves them there', async () => {
    const storage = await freshStorage();
    const tokens = WITHOUT_METRICS_TOKEN.map(({ role, sha256 }) => `${role}:${sha256}`).join(',');
    const collector = spawnCollector(
      collectorEnv(storage, { PALAUTE_METRICS_PORT: '0', PALAUTE_TOKENS: tokens }),
    );
    try {
      const url = await collector.listening;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const metricsUrl = /metrics on (http:\/\/127\.0\.0\.1:\d+\/metrics)/.exec(collector.output())?.[1];
      assert.ok(metricsUrl, collector.output());
      assert.equal((await send(url, npsEnvelope())).status, 201);
      const samples = await scrape(new URL(metricsUrl).origin, {});
      assert.equal(valueOf(samples, 'palaute_answers_total', { kind: 'nps', outcome: 'stored' }), 1);
      assert.equal((await request(url, '/metrics')).status, 404);
    } finally {
      collector.child.kill('SIGTERM');
      await collector.exited;
      await storage.drop();
    }
  });
});
