/**
 * Input no widget sends: text no database can store, upper-case ids, impossible times. Each is a
 * 400 naming the field (which the widgets do not retry), never a 5xx (which they retry forever).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { deviationEnvelope, emojiEnvelope, npsEnvelope } from './support/envelopes.js';
import { exportedEnvelopes, request, send } from './support/http.js';
import { STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

const DAY_MS = 86_400_000;
const UNSTORABLE = 'has a NUL or a lone surrogate, which cannot be stored';

describe(`hostile input [${STORAGE}]`, () => {
  let server;
  before(async () => {
    server = await startCollector();
  });
  after(() => server?.stop());

  const poisoned = [
    ['context.unit', (text) => npsEnvelope({ unit: `unit${text}` })],
    ['context.service', (text) => emojiEnvelope({ service: text })],
    ['data.comment', (text) => npsEnvelope({ comment: `kiitos${text}` })],
    [
      'data.description',
      (text) => deviationEnvelope({ description: `The child was left alone ${text} for long.` }),
    ],
    ['data.contact.name', (text) => deviationEnvelope({ contact: { name: text, email: 'a@example.fi' } })],
  ];
  for (const [label, text] of [
    ['a NUL', '\u0000'],
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate', 'x\udc00y'],
  ]) {
    it(`answers 400 naming the field to ${label} in any string of an envelope`, async () => {
      for (const [field, make] of poisoned) {
        const response = await send(server.url, make(text));
        assert.equal(response.status, 400, `${field}: ${JSON.stringify(response.body)}`);
        assert.deepEqual(response.body.problems, [`${field}: ${UNSTORABLE}`]);
      }
    });
  }

  it('stores text with characters above the BMP (surrogate pairs) as sent', async () => {
    const envelope = npsEnvelope({ comment: 'kiitos 👍🏽 𝔘' });
    assert.equal((await send(server.url, envelope)).status, 201);
    const [stored] = await exportedEnvelopes(server.url, bearer('admin'), `&kind=nps`).then((all) =>
      all.filter((e) => e.id === envelope.id),
    );
    assert.equal(stored.data.comment, 'kiitos 👍🏽 𝔘');
  });

  it('answers 400 naming the parameter to a NUL or year 0 in results and export queries', async () => {
    const cases = [
      ['/v1/results/nps?unit=%00', 'results', `unit: ${UNSTORABLE}`],
      ['/v1/results/emoji-survey?from=0000-01-01', 'results', 'from: should be 1970-01-01 or later'],
      ['/v1/results/deviation-reports?to=0000-12-31', 'results', 'to: should be 1970-01-01 or later'],
      ['/v1/export?from=0000-01-01', 'admin', 'from: should be 1970-01-01 or later'],
      ['/v1/export?kind=nps&to=0000-01-01', 'admin', 'to: should be 1970-01-01 or later'],
      ['/v1/export?unit=%00', 'admin', null],
    ];
    for (const [path, role, problem] of cases) {
      const response = await request(server.url, path, { headers: bearer(role) });
      assert.equal(response.status, 400, `${path}: ${JSON.stringify(response.body)}`);
      if (problem) assert.deepEqual(response.body.problems, [problem], path);
    }
    const stream = await fetch(`${server.url}/v1/results/stream?unit=%00`, { headers: bearer('results') });
    assert.equal(stream.status, 400);
    await stream.body?.cancel();
  });

  it('refuses an upper-case id with 400, so one answer is one id however it is spelt', async () => {
    const envelope = npsEnvelope();
    const upper = { ...envelope, id: envelope.id.toUpperCase() };
    const response = await send(server.url, upper);
    assert.equal(response.status, 400, JSON.stringify(response.body));
    assert.deepEqual(response.body.problems, ['id: should be in lowercase']);
    // The lowercase id, as the widgets send it, is stored and then recognised as a repeat.
    assert.equal((await send(server.url, envelope)).status, 201);
    assert.equal((await send(server.url, envelope)).status, 409);
    assert.equal((await send(server.url, { ...envelope, data: { score: 0 } })).status, 422);
  });

  it('refuses createdAt more than a day ahead or older than the widgets keep answers, naming it', async () => {
    const now = Date.now();
    for (const createdAt of [
      '0001-01-01T00:00:00.000Z',
      '2999-01-01T00:00:00.000Z',
      new Date(now + DAY_MS + 60_000).toISOString(),
      new Date(now - 38 * DAY_MS).toISOString(),
    ]) {
      const response = await send(server.url, npsEnvelope({ createdAt }));
      assert.equal(response.status, 400, createdAt);
      assert.equal(response.body.problems.length, 1, createdAt);
      assert.match(response.body.problems[0], /^createdAt: is more than/, createdAt);
    }
    for (const createdAt of [
      new Date(now + DAY_MS - 60_000).toISOString(),
      new Date(now - 30 * DAY_MS).toISOString(),
    ]) {
      assert.equal((await send(server.url, npsEnvelope({ createdAt }))).status, 201, createdAt);
    }
    const years = (
      await request(server.url, '/v1/results/nps?from=2999-01-01', { headers: bearer('results') })
    ).body.groups;
    assert.deepEqual(years, []);
  });
});
