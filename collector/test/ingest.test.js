/** POST /v1/answers over real HTTP: every status, and one row per id however it arrives. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { deviationEnvelope, emojiEnvelope, npsEnvelope } from './support/envelopes.js';
import { exportedEnvelopes, request, send } from './support/http.js';
import { STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

describe(`ingest [${STORAGE}]`, () => {
  let server;
  before(async () => {
    server = await startCollector();
  });
  after(() => server?.stop());

  it('stores a new answer of each kind with 201', async () => {
    for (const envelope of [
      npsEnvelope({ comment: 'Hyvä tapaaminen' }),
      emojiEnvelope(),
      deviationEnvelope(),
    ]) {
      const { status, body } = await send(server.url, envelope);
      assert.equal(status, 201, JSON.stringify(body));
      assert.deepEqual(body, { id: envelope.id, status: 'stored' });
    }
  });

  it('answers 409 to a repeat of the same body, also with its keys in another order', async () => {
    const envelope = npsEnvelope({ score: 3 });
    assert.equal((await send(server.url, envelope)).status, 201);
    const repeat = await send(server.url, envelope);
    assert.equal(repeat.status, 409);
    assert.equal(repeat.body.id, envelope.id);
    const reordered = Object.fromEntries(Object.entries(envelope).reverse());
    assert.equal((await send(server.url, reordered)).status, 409);
  });

  it('answers 422 to a known id with a different body, and keeps the first', async () => {
    const envelope = npsEnvelope({ score: 10 });
    assert.equal((await send(server.url, envelope)).status, 201);
    const changed = await send(server.url, { ...envelope, data: { score: 0 } });
    assert.equal(changed.status, 422);
    assert.match(changed.body.error, /different body/);
    const stored = (await exportedEnvelopes(server.url, bearer('admin'), '&kind=nps')).find(
      (e) => e.id === envelope.id,
    );
    assert.equal(stored.data.score, 10);
  });

  it('stores one row when 50 sends of the same id arrive at once: one 201, 49 × 409', async () => {
    const envelope = npsEnvelope({ score: 7, unit: 'concurrency-unit' });
    const statuses = await Promise.all(Array.from({ length: 50 }, () => send(server.url, envelope)));
    const count = (wanted) => statuses.filter(({ status }) => status === wanted).length;
    assert.equal(count(201), 1);
    assert.equal(count(409), 49);
    const stored = (await exportedEnvelopes(server.url, bearer('admin'))).filter((e) => e.id === envelope.id);
    assert.equal(stored.length, 1);
  });

  it('answers 400 with one "field: reason" line per problem', async () => {
    const envelope = npsEnvelope();
    const { status, body } = await send(server.url, {
      ...envelope,
      locale: 'de',
      data: { score: 11, extra: true },
    });
    assert.equal(status, 400);
    assert.equal(body.error, 'the answer is not valid');
    assert.ok(body.problems.includes('data.score: should be at most 10'), body.problems.join('\n'));
    assert.ok(body.problems.includes('locale: should be "fi" or "sv" or "en"'), body.problems.join('\n'));
    assert.ok(body.problems.includes('data: unknown field(s) extra'), body.problems.join('\n'));
  });

  it('answers 400 when Idempotency-Key is missing or is not the envelope id', async () => {
    const envelope = npsEnvelope();
    const missing = await send(server.url, envelope, { idempotencyKey: null });
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body.problems, [
      'Idempotency-Key: the header is missing; send the envelope id in it',
    ]);
    const wrong = await send(server.url, envelope, { idempotencyKey: randomUUID() });
    assert.equal(wrong.status, 400);
    assert.deepEqual(wrong.body.problems, ['Idempotency-Key: should equal the envelope id']);
    assert.equal((await send(server.url, envelope)).status, 201, 'neither refusal stored it');
  });

  it('answers 400 to a body that is not JSON, or empty', async () => {
    const broken = await send(server.url, npsEnvelope(), { body: '{"id": ' });
    assert.equal(broken.status, 400);
    assert.deepEqual(broken.body, { error: 'the body is not valid JSON', problems: [] });
    const empty = await send(server.url, npsEnvelope(), { body: '' });
    assert.equal(empty.status, 400);
  });

  it('answers 413 to a body over 64 KB', async () => {
    const envelope = npsEnvelope({ comment: 'x'.repeat(65 * 1024) });
    const { status, body } = await send(server.url, envelope);
    assert.equal(status, 413);
    assert.match(body.error, /64 KB/);
  });

  it('answers 415 to a body that is not application/json', async () => {
    const envelope = npsEnvelope();
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const { status } = await send(server.url, envelope, { headers: { 'content-type': type } });
      assert.equal(status, 415, type);
    }
    const withCharset = await send(server.url, envelope, {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    assert.equal(withCharset.status, 201);
  });

  it('sets no cookie and answers GET /healthz', async () => {
    const health = await request(server.url, '/healthz');
    assert.equal(health.status, 200);
    assert.deepEqual(health.body, { status: 'ok', storage: STORAGE });
    const answer = await send(server.url, npsEnvelope());
    assert.equal(answer.headers.get('set-cookie'), null);
    assert.equal(health.headers.get('set-cookie'), null);
  });

  it('sends no CORS headers when no origin is configured', async () => {
    const { headers } = await request(server.url, '/v1/answers', {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.example.fi', 'access-control-request-method': 'POST' },
    });
    assert.equal(headers.get('access-control-allow-origin'), null);
    const answer = await send(server.url, npsEnvelope(), {
      headers: { origin: 'https://portal.example.fi' },
    });
    assert.equal(answer.status, 201, 'a request without CORS (a server, curl) is still taken');
    assert.equal(answer.headers.get('access-control-allow-origin'), null);
  });

  it('answers 404 with the error shape for an unknown path', async () => {
    const { status, body } = await request(server.url, '/v1/nothing?x=1');
    assert.equal(status, 404);
    assert.deepEqual(body, { error: 'no GET /v1/nothing here', problems: [] });
  });
});
