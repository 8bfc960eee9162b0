/**
 * Alerts (issue 22): rules checked as answers arrive, once per crossing, never on a group under
 * the minimum, sent as signed alert.* webhook events with numbers only, listed until acknowledged.
 * Real collectors over HTTP, a real webhook receiver, the database of this run (PGlite or PostgreSQL).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { verifySignature } from '../dist/index.js';
import { alertOptions, alertsOf, npsAnswers, SECRET, startEventReceiver, until } from './support/alerts.js';
import { startCollector } from './support/collector.js';
import { emojiEnvelope } from './support/envelopes.js';
import { request, send } from './support/http.js';
import { STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

const RULES = [
  { id: 'low-nps', kind: 'nps-below', lastAnswers: 6, below: 50 },
  {
    id: 'unsafe',
    kind: 'negative-face-share',
    surveyId: 'safety-5-8',
    questionId: 'feel-safe',
    above: 40,
  },
  // One unit only, each of its services apart.
  {
    id: 'special-by-service',
    kind: 'nps-below',
    unit: 'special-unit',
    byService: true,
    lastAnswers: 3,
    below: 0,
  },
];

const repeat = (score, times) => Array.from({ length: times }, () => score);

describe(`alerts [${STORAGE}]`, () => {
  let receiver;
  let server;
  before(async () => {
    receiver = await startEventReceiver();
    server = await startCollector(alertOptions(receiver, RULES));
  });
  after(async () => {
    await server?.stop();
    await receiver?.close();
  });

  it('fires when the NPS over the last answers falls below the line, and not before', async () => {
    const unit = `unit-${randomUUID()}`;
    await npsAnswers(server, unit, repeat(0, 5));
    assert.deepEqual(await alertsOf(server, unit), [], 'five answers: the window of six is not full');

    await npsAnswers(server, unit, [0]);
    const [alert, ...more] = await alertsOf(server, unit);
    assert.equal(more.length, 0);
    assert.equal(alert.rule, 'low-nps');
    assert.equal(alert.kind, 'nps-below');
    assert.equal(alert.service, null);
    assert.deepEqual(alert.numbers, { n: 6, nps: -100, below: 50 });
    assert.equal(alert.clearedAt, null);
    assert.equal(alert.acknowledgedAt, null);
  });

  it('fires once per crossing: more answers below the line fire nothing, a recovery and a new fall fire again', async () => {
    const unit = `unit-${randomUUID()}`;
    await npsAnswers(server, unit, repeat(10, 6));
    assert.deepEqual(await alertsOf(server, unit), [], 'NPS 100');
    // Two detractors complete no batch of three: published answers, and the NPS, stay as they were.
    await npsAnswers(server, unit, [0, 0]);
    assert.deepEqual(await alertsOf(server, unit), [], 'no single answer can tip an alert');
    await npsAnswers(server, unit, [0]);
    assert.equal((await alertsOf(server, unit)).length, 1, 'the batch completes: NPS 0 < 50');

    await npsAnswers(server, unit, repeat(0, 6));
    const stillOne = await alertsOf(server, unit);
    assert.equal(stillOne.length, 1, 'further below the line: still the one alert');
    assert.equal(stillOne[0].clearedAt, null);

    await npsAnswers(server, unit, repeat(10, 6));
    const [cleared] = await alertsOf(server, unit);
    assert.ok(cleared.clearedAt, 'NPS 100 again: cleared');

    await npsAnswers(server, unit, repeat(0, 6));
    const [second, first, ...none] = await alertsOf(server, unit);
    assert.equal(none.length, 0);
    assert.equal(second.clearedAt, null, 'the second crossing fires a second alert');
    assert.equal(first.id, cleared.id);

    const ofUnit = (event) => event.unit === unit;
    await until(() => receiver.events('alert.fired', ofUnit).length === 2, 'two alert.fired events');
    await until(() => receiver.events('alert.cleared', ofUnit).length === 1, 'an alert.cleared event');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(receiver.events('alert.fired', ofUnit).length, 2, 'one event per crossing');
    assert.equal(receiver.events('alert.cleared', ofUnit).length, 1);
    assert.equal(
      JSON.parse(receiver.events('alert.cleared', ofUnit)[0].body).numbers.nps,
      100,
      'the numbers that cleared it',
    );
  });

  it('sends a signed alert.fired with numbers, unit and rule only, nothing of any answer', async () => {
    const unit = `unit-${randomUUID()}`;
    const sent = await npsAnswers(server, unit, repeat(1, 6), { comment: 'a child wrote this' });
    await until(
      () => receiver.events('alert.fired', (event) => event.unit === unit).length === 1,
      'the event',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const deliveries = receiver.events('alert.fired', (event) => event.unit === unit);
    assert.equal(deliveries.length, 1, 'delivered once');
    const [{ headers, body }] = deliveries;

    assert.ok(verifySignature(SECRET, body, headers['palaute-signature']), 'signed with the webhook secret');
    assert.equal(verifySignature('another-secret-of-16+', body, headers['palaute-signature']), false);
    const event = JSON.parse(body);
    const [alert] = await alertsOf(server, unit);
    assert.deepEqual(Object.keys(event).sort(), [
      'at',
      'event',
      'id',
      'kind',
      'numbers',
      'rule',
      'service',
      'unit',
    ]);
    assert.deepEqual(
      { ...event, at: undefined },
      {
        event: 'alert.fired',
        id: alert.id,
        rule: 'low-nps',
        kind: 'nps-below',
        unit,
        service: null,
        numbers: { n: 6, nps: -100, below: 50 },
        at: undefined,
      },
    );
    assert.equal(event.at, alert.firedAt);
    assert.equal(headers['idempotency-key'], alert.id);
    for (const { id } of sent) assert.ok(!body.includes(id), 'no answer id');
    assert.ok(!body.includes('a child wrote'), 'no answer text');
    assert.ok(!body.includes('family-work'), 'no service of a rule measured over the unit');
  });

  it('fires on the share of the most negative face, counting only groups of the minimum size', async () => {
    const unit = `unit-${randomUUID()}`;
    const faces = async (values) => {
      for (const value of values) {
        const envelope = emojiEnvelope({ unit, answers: [{ questionId: 'feel-safe', value }] });
        assert.equal((await send(server.url, envelope)).status, 201);
      }
      await server.collector.alertsChecked();
    };
    await faces([1, 1]);
    assert.deepEqual(
      await alertsOf(server, unit),
      [],
      'two answers, all of them the worst face: under the minimum group',
    );
    await faces([5]);
    const [alert] = await alertsOf(server, unit);
    assert.equal(alert.rule, 'unsafe');
    assert.deepEqual(alert.numbers, {
      surveyId: 'safety-5-8',
      questionId: 'feel-safe',
      n: 3,
      mostNegative: 2,
      share: 66.7,
      above: 40,
    });
    // Another survey's faces are not this rule's.
    const other = `unit-${randomUUID()}`;
    for (let i = 0; i < 3; i++) {
      await send(
        server.url,
        emojiEnvelope({
          unit: other,
          surveyId: 'other-survey',
          answers: [{ questionId: 'feel-safe', value: 1 }],
        }),
      );
    }
    await server.collector.alertsChecked();
    assert.deepEqual(await alertsOf(server, other), []);
  });

  it('lists an alert until it is acknowledged, idempotently, with the token’s fingerprint', async () => {
    const unit = `unit-${randomUUID()}`;
    await npsAnswers(server, unit, repeat(0, 6));
    const [open] = await alertsOf(server, unit, { all: false });
    assert.ok(open, 'open before');

    const first = await request(server.url, `/v1/alerts/${open.id}/acknowledge`, {
      method: 'POST',
      headers: bearer('results'),
    });
    assert.equal(first.status, 200);
    assert.match(first.body.acknowledgedAt, /^\d{4}-\d\d-\d\dT/);
    assert.match(first.body.acknowledgedBy, /^[0-9a-f]{12}$/);
    assert.deepEqual(await alertsOf(server, unit, { all: false }), [], 'gone from the open list');
    assert.equal((await alertsOf(server, unit)).length, 1, 'still in ?all=1');

    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await request(server.url, `/v1/alerts/${open.id}/acknowledge`, {
      method: 'POST',
      headers: bearer('results'),
    });
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, first.body, 'the first acknowledgement stays');

    const unknown = await request(server.url, `/v1/alerts/${randomUUID()}/acknowledge`, {
      method: 'POST',
      headers: bearer('results'),
    });
    assert.equal(unknown.status, 404);
    const refused = await request(server.url, '/v1/alerts', { headers: bearer('reports') });
    assert.equal(refused.status, 403);
  });

  it('measures each service apart with byService, and only the unit a rule names', async () => {
    await npsAnswers(server, 'special-unit', repeat(0, 3), { service: 'service-a' });
    await npsAnswers(server, 'special-unit', repeat(10, 3), { service: 'service-b' });
    const byService = (await alertsOf(server, 'special-unit')).filter(
      (alert) => alert.rule === 'special-by-service',
    );
    assert.deepEqual(
      byService.map(({ service, numbers }) => ({ service, numbers })),
      [{ service: 'service-a', numbers: { n: 3, nps: -100, below: 0 } }],
    );

    const elsewhere = `unit-${randomUUID()}`;
    await npsAnswers(server, elsewhere, repeat(0, 3), { service: 'service-a' });
    assert.deepEqual(
      (await alertsOf(server, elsewhere)).filter((alert) => alert.rule === 'special-by-service'),
      [],
      'another unit is not this rule’s',
    );
  });
});
