/** Cross-origin pages: CORS for configured origins only; and the per-address rate limit. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { npsEnvelope } from './support/envelopes.js';
import { request, send } from './support/http.js';
import { STORAGE } from './support/storage.js';

const PORTAL = 'https://portal.example.fi';

describe(`CORS [${STORAGE}]`, () => {
  let server;
  before(async () => {
    server = await startCollector({ allowedOrigins: [PORTAL, 'http://localhost:5173'] });
  });
  after(() => server?.stop());

  const preflight = (origin, requestHeaders = 'content-type,idempotency-key') =>
    request(server.url, '/v1/answers', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': requestHeaders,
      },
    });

  it('answers a preflight from a configured origin, cached for a day, allowing the widget headers', async () => {
    const { status, headers } = await preflight(PORTAL);
    assert.equal(status, 204);
    assert.equal(headers.get('access-control-allow-origin'), PORTAL);
    assert.equal(headers.get('access-control-max-age'), '86400');
    const allowed = headers.get('access-control-allow-headers').toLowerCase().split(/,\s*/);
    assert.ok(allowed.includes('content-type') && allowed.includes('idempotency-key'), allowed.join());
    assert.match(headers.get('access-control-allow-methods'), /POST/);
    assert.equal(headers.get('access-control-allow-credentials'), null, 'no cookies');
  });

  it('lets a configured origin post and read Retry-After; says nothing to other origins', async () => {
    const allowed = await send(server.url, npsEnvelope(), { headers: { origin: PORTAL } });
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('access-control-allow-origin'), PORTAL);
    assert.match(allowed.headers.get('access-control-expose-headers'), /Retry-After/i);

    const stranger = await preflight('https://evil.example.com');
    assert.equal(stranger.headers.get('access-control-allow-origin'), null);
    const strangerPost = await send(server.url, npsEnvelope(), {
      headers: { origin: 'https://evil.example.com' },
    });
    assert.equal(strangerPost.headers.get('access-control-allow-origin'), null);
  });
});

describe(`rate limit [${STORAGE}]`, () => {
  let server;
  before(async () => {
    server = await startCollector({ rateLimitPerMinute: 5, allowedOrigins: [PORTAL] });
  });
  after(() => server?.stop());

  it('answers 429 with Retry-After past the limit per client address, readable cross-origin', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await send(server.url, npsEnvelope())).status);
    assert.deepEqual(statuses, [201, 201, 201, 201, 201]);

    const refused = await send(server.url, npsEnvelope(), { headers: { origin: PORTAL } });
    assert.equal(refused.status, 429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After: ${retryAfter}`);
    assert.equal(refused.headers.get('access-control-allow-origin'), PORTAL);
    assert.equal(refused.body.error, 'too many requests from this address');
  });

  it('does not limit the health check', async () => {
    for (let i = 0; i < 8; i++) assert.equal((await request(server.url, '/healthz')).status, 200);
  });
});
