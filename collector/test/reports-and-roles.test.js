/** Who may read what, and deviation reports handled as cases: audited reads, statuses, contact deletion. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { deviationEnvelope, npsEnvelope } from './support/envelopes.js';
import { request, send } from './support/http.js';
import { STORAGE } from './support/storage.js';
import { bearer, sha256, TOKENS } from './support/tokens.js';

describe(`tokens and roles [${STORAGE}]`, () => {
  let server;
  before(async () => {
    // One token holds two roles; it is listed once under each.
    const both = 'results-and-reports-token';
    server = await startCollector({
      tokens: [
        ...Object.entries(TOKENS).map(([role, token]) => ({ role, sha256: sha256(token) })),
        { role: 'results', sha256: sha256(both) },
        { role: 'reports', sha256: sha256(both) },
      ],
    });
    server.both = { authorization: `Bearer ${both}` };
  });
  after(() => server?.stop());

  const protectedPaths = [
    ['results', 'GET', '/v1/results/nps'],
    ['results', 'GET', '/v1/results/emoji-survey'],
    ['results', 'GET', '/v1/results/deviation-reports'],
    ['reports', 'GET', '/v1/reports'],
    ['admin', 'GET', '/v1/export'],
    ['admin', 'POST', '/v1/admin/purge'],
  ];

  it('answers 401 without a token or with an unknown one, with WWW-Authenticate', async () => {
    for (const [, method, path] of protectedPaths) {
      for (const headers of [
        {},
        { authorization: 'Bearer not-a-known-token' },
        { authorization: 'Basic abc' },
      ]) {
        const { status, headers: answer } = await request(server.url, path, { method, headers });
        assert.equal(status, 401, `${method} ${path} ${JSON.stringify(headers)}`);
        assert.equal(answer.get('www-authenticate'), 'Bearer realm="palaute"');
      }
    }
  });

  it('answers 403 to a token without the role, 200 to one with it', async () => {
    for (const [role, method, path] of protectedPaths) {
      for (const other of Object.keys(TOKENS).filter((r) => r !== role)) {
        const { status } = await request(server.url, path, { method, headers: bearer(other) });
        assert.equal(status, 403, `${other} on ${method} ${path}`);
      }
      const { status } = await request(server.url, path, { method, headers: bearer(role) });
      assert.equal(status, 200, `${role} on ${method} ${path}`);
    }
  });

  it('gives a token listed under two roles both', async () => {
    assert.equal((await request(server.url, '/v1/results/nps', { headers: server.both })).status, 200);
    assert.equal((await request(server.url, '/v1/reports', { headers: server.both })).status, 200);
    assert.equal((await request(server.url, '/v1/export', { headers: server.both })).status, 403);
  });

  it('takes answers from anyone: ingest needs no token', async () => {
    assert.equal((await send(server.url, npsEnvelope())).status, 201);
  });
});

describe(`deviation reports [${STORAGE}]`, () => {
  let server;
  const reports = bearer('reports');
  const contact = { name: 'Maija Meikäläinen', email: 'maija@example.fi', phone: '+358 40 123 4567' };

  before(async () => {
    server = await startCollector();
  });
  after(() => server?.stop());

  it('lists reports due soonest first (issue 20), without anything the reporter wrote', async () => {
    const first = deviationEnvelope({ category: 'rights' });
    const second = deviationEnvelope({ category: 'safety', harm: 'yes', contact });
    for (const envelope of [first, second]) assert.equal((await send(server.url, envelope)).status, 201);

    const { status, body } = await request(server.url, '/v1/reports', { headers: reports });
    assert.equal(status, 200);
    // Both wait for their acknowledgement: the one received first is due first.
    const [older, newest] = body.reports;
    assert.equal(newest.id, second.id);
    assert.equal(older.id, first.id);
    assert.ok(older.acknowledgementDue < newest.acknowledgementDue);
    assert.equal(newest.status, 'new');
    assert.equal(newest.category, 'safety');
    assert.equal(newest.harm, 'yes');
    assert.equal(newest.anonymous, false);
    const listed = JSON.stringify(body);
    assert.ok(
      !listed.includes('left alone') && !listed.includes('maija'),
      'no description or contact in the list',
    );
  });

  it('pages the list with next, and filters by status', async () => {
    for (let i = 0; i < 3; i++) await send(server.url, deviationEnvelope());
    const page = await request(server.url, '/v1/reports?limit=2', { headers: reports });
    assert.equal(page.body.reports.length, 2);
    assert.ok(page.body.next);
    const nextPage = await request(server.url, `/v1/reports?limit=2&before=${page.body.next}`, {
      headers: reports,
    });
    const ids = new Set([...page.body.reports, ...nextPage.body.reports].map((r) => r.id));
    assert.equal(ids.size, 4, 'pages do not overlap');
    const closed = await request(server.url, '/v1/reports?status=closed', { headers: reports });
    assert.deepEqual(closed.body.reports, []);
  });

  it('returns one report whole and writes an audit row for each read', async () => {
    const envelope = deviationEnvelope({ contact });
    await send(server.url, envelope);
    for (let i = 0; i < 2; i++) {
      const { status, body } = await request(server.url, `/v1/reports/${envelope.id}`, { headers: reports });
      assert.equal(status, 200);
      assert.deepEqual(body.envelope, envelope);
      assert.equal(body.status, 'new');
    }
    const audit = await request(server.url, `/v1/reports/${envelope.id}/audit`, { headers: reports });
    assert.deepEqual(
      audit.body.audit.map(({ action, actor }) => [action, actor]),
      [
        ['read', sha256(TOKENS.reports).slice(0, 12)],
        ['read', sha256(TOKENS.reports).slice(0, 12)],
      ],
    );
  });

  it('moves a report through in-progress to closed with notes, deleting the contact details on closing', async () => {
    const envelope = deviationEnvelope({ contact });
    await send(server.url, envelope);
    const path = `/v1/reports/${envelope.id}`;

    const working = await request(server.url, path, {
      method: 'PATCH',
      headers: reports,
      json: { status: 'in-progress', note: 'Called the unit manager.' },
    });
    assert.equal(working.status, 200);
    assert.equal(working.body.status, 'in-progress');
    assert.equal(working.body.note, 'Called the unit manager.');
    assert.equal(working.body.contactErasedAt, null);
    assert.deepEqual((await request(server.url, path, { headers: reports })).body.envelope.data.contact, {
      consent: true,
      ...contact,
    });

    const closed = await request(server.url, path, {
      method: 'PATCH',
      headers: reports,
      json: { status: 'closed' },
    });
    assert.equal(closed.status, 200);
    assert.equal(closed.body.status, 'closed');
    assert.equal(
      closed.body.note,
      'Called the unit manager.',
      'a status change without a note keeps the note',
    );
    assert.ok(closed.body.contactErasedAt);

    const after = await request(server.url, path, { headers: reports });
    assert.equal(after.body.envelope.data.contact, undefined);
    assert.equal(after.body.envelope.data.description, envelope.data.description);
    const audit = await request(server.url, `${path}/audit`, { headers: reports });
    assert.deepEqual(
      audit.body.audit.map(({ action }) => action),
      ['status:in-progress', 'read', 'status:closed', 'read'],
    );
  });

  it('refuses a status it does not know, and a note too long', async () => {
    const envelope = deviationEnvelope();
    await send(server.url, envelope);
    const path = `/v1/reports/${envelope.id}`;
    const unknown = await request(server.url, path, {
      method: 'PATCH',
      headers: reports,
      json: { status: 'done' },
    });
    assert.equal(unknown.status, 400);
    assert.deepEqual(unknown.body.problems, ['status: should be "new" or "in-progress" or "closed"']);
    const long = await request(server.url, path, {
      method: 'PATCH',
      headers: reports,
      json: { status: 'closed', note: 'x'.repeat(2001) },
    });
    assert.equal(long.status, 400);
  });

  it('answers 404 for an id that is no report, 400 for one that is no UUID', async () => {
    const nps = npsEnvelope();
    await send(server.url, nps);
    assert.equal((await request(server.url, `/v1/reports/${nps.id}`, { headers: reports })).status, 404);
    assert.equal(
      (await request(server.url, `/v1/reports/${randomUUID()}`, { headers: reports })).status,
      404,
    );
    const patch = await request(server.url, `/v1/reports/${randomUUID()}`, {
      method: 'PATCH',
      headers: reports,
      json: { status: 'closed' },
    });
    assert.equal(patch.status, 404);
    const notUuid = await request(server.url, '/v1/reports/42', { headers: reports });
    assert.equal(notUuid.status, 400);
    assert.deepEqual(notUuid.body.problems, ['id: should be a valid uuid']);
  });
});
