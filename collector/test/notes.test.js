/**
 * "You said, we did" (issue 22): staff publish notes per unit and language, anyone reads a unit's
 * latest in one language (no fingerprint, nothing internal), a withdrawn note leaves the public
 * read at once, the public read is cacheable with revalidation by ETag and CORS for the allowed origins only.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { request } from './support/http.js';
import { STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

const PORTAL = 'https://lapset.example.fi';
const staff = bearer('results');

const note = (overrides = {}) => ({
  unit: 'koivukoti',
  lang: 'fi',
  youSaid: 'Iltapala on liian aikaisin.',
  weDid: 'Siirsimme iltapalan puoli tuntia myöhemmäksi.',
  date: '2026-11-02',
  ...overrides,
});

describe(`notes [${STORAGE}]`, () => {
  let server;
  const publish = (body, headers = staff) =>
    request(server.url, '/v1/notes', { method: 'POST', headers, json: body });
  const read = (query, headers = {}) => request(server.url, `/v1/public/notes?${query}`, { headers });

  before(async () => {
    server = await startCollector({ allowedOrigins: [PORTAL] });
  });
  after(() => server?.stop());

  it('publishes a note and the public read shows it, newest date first, without internal fields', async () => {
    const older = await publish(note({ date: '2026-10-01', youSaid: 'Older', weDid: 'Done before' }));
    const newer = await publish(note());
    assert.equal(older.status, 201);
    assert.equal(newer.status, 201);
    assert.match(newer.body.id, /^[0-9a-f-]{36}$/);
    assert.equal(newer.body.withdrawnAt, null);
    assert.match(newer.body.publishedBy, /\S/);

    const { status, body } = await read('unit=koivukoti&lang=fi');
    assert.equal(status, 200);
    assert.deepEqual(body.notes, [
      {
        id: newer.body.id,
        unit: 'koivukoti',
        lang: 'fi',
        youSaid: 'Iltapala on liian aikaisin.',
        weDid: 'Siirsimme iltapalan puoli tuntia myöhemmäksi.',
        date: '2026-11-02',
      },
      {
        id: older.body.id,
        unit: 'koivukoti',
        lang: 'fi',
        youSaid: 'Older',
        weDid: 'Done before',
        date: '2026-10-01',
      },
    ]);
    const limited = await read('unit=koivukoti&lang=fi&limit=1');
    assert.deepEqual(
      limited.body.notes.map((n) => n.id),
      [newer.body.id],
    );
  });

  it('keeps units and languages apart', async () => {
    await publish(note({ unit: 'vaahterakoti', lang: 'sv', youSaid: 'Ni sa', weDid: 'Vi gjorde' }));
    const swedish = await read('unit=vaahterakoti&lang=sv');
    assert.deepEqual(
      swedish.body.notes.map((n) => [n.unit, n.lang, n.youSaid]),
      [['vaahterakoti', 'sv', 'Ni sa']],
    );
    assert.deepEqual((await read('unit=vaahterakoti&lang=fi')).body.notes, []);
    assert.deepEqual((await read('unit=vaahterakoti&lang=en')).body.notes, []);
  });

  it('takes a withdrawn note out of the public read, keeps it in the staff list, and withdraws once', async () => {
    const { body: published } = await publish(note({ unit: 'pihlaja', youSaid: 'Withdraw me' }));
    assert.equal((await read('unit=pihlaja&lang=fi')).body.notes.length, 1);

    const first = await request(server.url, `/v1/notes/${published.id}/withdraw`, {
      method: 'POST',
      headers: staff,
    });
    assert.equal(first.status, 200);
    assert.ok(first.body.withdrawnAt);
    assert.deepEqual((await read('unit=pihlaja&lang=fi')).body.notes, []);

    const again = await request(server.url, `/v1/notes/${published.id}/withdraw`, {
      method: 'POST',
      headers: staff,
    });
    assert.equal(again.status, 200, 'idempotent');
    assert.equal(again.body.withdrawnAt, first.body.withdrawnAt, 'the first withdrawal is kept');

    const list = await request(server.url, '/v1/notes?unit=pihlaja', { headers: staff });
    assert.equal(list.status, 200);
    assert.equal(list.headers.get('cache-control'), 'no-store');
    assert.deepEqual(
      list.body.notes.map((n) => [n.id, n.withdrawnAt]),
      [[published.id, first.body.withdrawnAt]],
    );

    const unknown = await request(server.url, `/v1/notes/${randomUUID()}/withdraw`, {
      method: 'POST',
      headers: staff,
    });
    assert.equal(unknown.status, 404);
  });

  it('lists every unit for the staff without a unit', async () => {
    const { body } = await request(server.url, '/v1/notes', { headers: staff });
    const units = new Set(body.notes.map((n) => n.unit));
    assert.deepEqual([...units].sort(), ['koivukoti', 'pihlaja', 'vaahterakoti']);
  });

  it('may be cached but is revalidated: 304 to the same ETag, a new one after a change', async () => {
    const first = await read('unit=koivukoti&lang=fi');
    assert.equal(first.headers.get('cache-control'), 'public, no-cache');
    const tag = first.headers.get('etag');
    assert.match(tag, /^"[\w-]+"$/);

    const same = await read('unit=koivukoti&lang=fi', { 'if-none-match': tag });
    assert.equal(same.status, 304);
    assert.equal(same.body, '');
    assert.equal(same.headers.get('etag'), tag);

    await publish(note({ youSaid: 'Something new' }));
    const changed = await read('unit=koivukoti&lang=fi', { 'if-none-match': tag });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), tag);
    assert.equal(changed.body.notes[0].youSaid, 'Something new');
  });

  it('lets an allowed origin read the public notes and says nothing to another', async () => {
    const allowed = await read('unit=koivukoti&lang=fi', { origin: PORTAL });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('access-control-allow-origin'), PORTAL);
    assert.equal(allowed.headers.get('access-control-allow-credentials'), null);

    const stranger = await read('unit=koivukoti&lang=fi', { origin: 'https://evil.example.com' });
    assert.equal(stranger.headers.get('access-control-allow-origin'), null);
  });

  it('refuses staff routes without a token (401) and with a token of another role (403)', async () => {
    for (const [headers, status] of [
      [{}, 401],
      [bearer('reports'), 403],
      [bearer('admin'), 403],
    ]) {
      assert.equal((await publish(note(), headers)).status, status);
      assert.equal((await request(server.url, '/v1/notes', { headers })).status, status);
      const withdraw = await request(server.url, `/v1/notes/${randomUUID()}/withdraw`, {
        method: 'POST',
        headers,
      });
      assert.equal(withdraw.status, status);
    }
  });

  it('names the field of bad input', async () => {
    const cases = [
      [note({ youSaid: '   ' }), /^youSaid: /],
      [note({ weDid: 'x'.repeat(301) }), /^weDid: /],
      [note({ lang: 'de' }), /^lang: /],
      [note({ date: '2.11.2026' }), /^date: /],
      [note({ unit: '' }), /^unit: /],
      [note({ unit: '   ' }), /^unit: /],
      [note({ unit: 'x'.repeat(201) }), /^unit: /],
      [{ ...note(), extra: 1 }, /extra/],
    ];
    for (const [body, problem] of cases) {
      const response = await publish(body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(response.body.error, 'the note is not valid');
      assert.ok(
        response.body.problems.some((line) => problem.test(line)),
        response.body.problems.join(' | '),
      );
    }
    const badQuery = await read('unit=koivukoti&lang=de&limit=99');
    assert.equal(badQuery.status, 400);
    assert.equal(badQuery.body.error, 'the query is not valid');
    assert.ok(badQuery.body.problems.some((line) => line.startsWith('lang: ')));
    assert.ok(badQuery.body.problems.some((line) => line.startsWith('limit: ')));
    const noUnit = await read('lang=fi');
    assert.ok(noUnit.body.problems.some((line) => line.startsWith('unit: ')));
  });

  // After the staff list of every unit, which expects only the units above.
  it('trims a pasted unit, so the note reaches the children’s unit="espoo-leppavaara"', async () => {
    const published = await publish(note({ unit: ' espoo-leppavaara \t', youSaid: 'Pasted' }));
    assert.equal(published.status, 201);
    assert.equal(published.body.unit, 'espoo-leppavaara');

    const { body } = await read('unit=espoo-leppavaara&lang=fi');
    assert.deepEqual(
      body.notes.map((n) => [n.id, n.unit, n.youSaid]),
      [[published.body.id, 'espoo-leppavaara', 'Pasted']],
    );
    const padded = await read(`unit=${encodeURIComponent(' espoo-leppavaara ')}&lang=fi`);
    assert.deepEqual(
      padded.body.notes.map((n) => n.id),
      [published.body.id],
      'a padded unit in the query reads the same unit',
    );
    const list = await request(server.url, '/v1/notes?unit=espoo-leppavaara', { headers: staff });
    assert.deepEqual(
      list.body.notes.map((n) => n.id),
      [published.body.id],
    );
    const longest = await publish(note({ unit: ` ${'x'.repeat(200)} ` }));
    assert.equal(longest.status, 201, 'the 200 characters of an identifier, spaces aside');
  });
});
