/**
 * Every route the collector registered, from its route table: each protected one answers 401
 * without a token or with an unknown one, 403 to a token of another role, and neither to a token
 * of its role. Public routes are named here, so a route cannot become public by accident, and a
 * route that does not say who may call it stops the collector at start.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createCollector } from '../dist/index.js';
import { startCollector } from './support/collector.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { bearer, TOKENS } from './support/tokens.js';

const PUBLIC_ROUTES = [
  'GET /',
  'GET /dashboard/dashboard.js',
  'GET /healthz',
  'GET /inbox',
  'GET /inbox/inbox.js',
  'GET /v1/public/notes',
  'GET /v1/reports/public-key',
  'POST /v1/answers',
  'POST /v1/receipts',
];

/** Who should be let in, by path, as the README's API table says; undefined for a route it does not know. */
function expectedAccess(method, url) {
  if (PUBLIC_ROUTES.includes(`${method} ${url}`)) return 'public';
  if (url.startsWith('/v1/results/') || url === '/v1/alerts' || url.startsWith('/v1/alerts/'))
    return 'results';
  if (url === '/v1/notes' || url.startsWith('/v1/notes/')) return 'results';
  if (`${method} ${url}` === 'GET /metrics') return 'metrics';
  if (url === '/v1/reports' || url.startsWith('/v1/reports/')) return 'reports';
  if (
    url.startsWith('/v1/admin/') ||
    url === '/v1/export' ||
    `${method} ${url}` === 'DELETE /v1/answers/:id'
  ) {
    return 'admin';
  }
  return undefined;
}

const SEALED = {
  v: 1,
  suite: 'DHKEM(P-256,HKDF-SHA256)/HKDF-SHA256/AES-256-GCM',
  enc: 'B'.repeat(87),
  ct: 'AAAA',
};

/** A body each route with one takes, so that a token let in meets no 400 (the values need not exist). */
const BODIES = {
  'POST /v1/notes': { unit: 'u', lang: 'fi', youSaid: 'a', weDid: 'b', date: '2026-01-01' },
  'PATCH /v1/reports/:id': { status: 'in-progress' },
  'POST /v1/reports/handlers': { name: 'nobody', publicKey: {}, wrappedKey: {}, grants: [] },
  'POST /v1/reports/keys': { publicKey: {}, grants: [] },
  'POST /v1/reports/:id/messages': {
    id: randomUUID(),
    kid: 'A'.repeat(43),
    sealed: SEALED,
    forReporter: SEALED,
  },
};

/** Status and headers only: the results stream would otherwise never end. */
async function knock(baseUrl, { method, url }, headers) {
  const path = url.replaceAll(':id', randomUUID()).replaceAll(':handler', 'nobody');
  const body = BODIES[`${method} ${url}`];
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json', ...headers } : headers,
    body: body ? JSON.stringify(body) : undefined,
  });
  await response.body?.cancel();
  return response;
}

describe(`every route in the route table [${STORAGE}]`, () => {
  let server;
  let routes;
  before(async () => {
    server = await startCollector();
    routes = server.collector.app.routeTable;
  });
  after(() => server?.stop());

  const name = ({ method, url }) => `${method} ${url}`;
  const protectedRoutes = () => routes.filter((route) => route.access !== 'public');

  it('holds every route, and only the listed ones are public', () => {
    assert.ok(routes.length >= 21, `${routes.length} routes: ${routes.map(name).join(', ')}`);
    assert.deepEqual(
      routes
        .filter((route) => route.access === 'public')
        .map(name)
        .sort(),
      PUBLIC_ROUTES,
    );
    for (const route of routes) {
      assert.equal(route.access, expectedAccess(route.method, route.url), `who may call ${name(route)}`);
    }
    for (const must of [
      'GET /v1/reports/:id',
      'GET /v1/reports/:id/audit',
      'PATCH /v1/reports/:id',
      'GET /v1/reports/keyring/:handler',
      'GET /v1/reports/handlers',
      'POST /v1/reports/handlers',
      'DELETE /v1/reports/handlers/:handler',
      'POST /v1/reports/keys',
      'POST /v1/reports/:id/acknowledge',
      'GET /v1/alerts',
      'POST /v1/alerts/:id/acknowledge',
      'POST /v1/reports/:id/messages',
      'DELETE /v1/answers/:id',
      'POST /v1/notes',
      'POST /v1/notes/:id/withdraw',
      'GET /v1/notes',
    ]) {
      assert.ok(
        protectedRoutes().some((route) => name(route) === must),
        `${must} is in the table with a role`,
      );
    }
  });

  it('answers 401 with WWW-Authenticate without a token or with an unknown one', async () => {
    for (const route of protectedRoutes()) {
      for (const headers of [{}, { authorization: 'Bearer not-a-known-token' }]) {
        const response = await knock(server.url, route, headers);
        assert.equal(response.status, 401, `${name(route)} ${JSON.stringify(headers)}`);
        assert.equal(response.headers.get('www-authenticate'), 'Bearer realm="palaute"');
      }
    }
  });

  it('answers 403 to a token of another role', async () => {
    for (const route of protectedRoutes()) {
      for (const other of Object.keys(TOKENS).filter((role) => role !== route.access)) {
        const { status } = await knock(server.url, route, bearer(other));
        assert.equal(status, 403, `${other} on ${name(route)}`);
      }
    }
  });

  it('lets a token of the role through', async () => {
    for (const route of protectedRoutes()) {
      const { status } = await knock(server.url, route, bearer(route.access));
      // An unknown id may well be 404, and a placeholder body 400: the point is that the token was let in.
      const bodyRefused = status === 400 && BODIES[name(route)] && name(route) !== 'PATCH /v1/reports/:id';
      assert.ok(
        status < 400 || status === 404 || bodyRefused,
        `${route.access} on ${name(route)}: ${status}`,
      );
    }
  });
});

describe(`a route that does not say who may call it [${STORAGE}]`, () => {
  const handler = async () => ({});

  it('is refused when it is added', async () => {
    const storage = await freshStorage();
    const collector = await createCollector({ ...storage.options, port: 0, logLevel: 'silent' });
    try {
      assert.throws(() => collector.app.get('/v1/forgotten', handler), /does not say who may call it/);
      assert.throws(
        () => collector.app.get('/v1/misspelt', { config: { access: 'report' } }, handler),
        /does not say who may call it/,
      );
    } finally {
      await collector.close();
      await storage.drop();
    }
  });

  it('stops the collector from starting when a plugin adds it', async () => {
    const storage = await freshStorage();
    const collector = await createCollector({ ...storage.options, port: 0, logLevel: 'silent' });
    try {
      collector.app.register(async (v1) => v1.get('/forgotten', handler), { prefix: '/v1' });
      await assert.rejects(collector.listen(), /GET \/v1\/forgotten does not say who may call it/);
    } finally {
      await collector.close();
      await storage.drop();
    }
  });
});
