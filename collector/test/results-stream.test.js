/** GET /v1/results/stream: live results within a second of an answer. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RESULT_VIEWS } from '../dist/results/results.js';
import { startCollector } from './support/collector.js';
import { npsEnvelope, deviationEnvelope } from './support/envelopes.js';
import { openEventStream } from './support/events.js';
import { send } from './support/http.js';
import { STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

describe(`results stream [${STORAGE}]`, () => {
  let server;
  before(async () => {
    server = await startCollector();
  });
  after(() => server?.stop());

  it('sends every view when opened, then the changed view within a second of an answer', async () => {
    const unit = 'live-unit';
    const stream = await openEventStream(server.url, `/v1/results/stream?unit=${unit}`, bearer('results'));
    assert.equal(stream.status, 200);
    assert.match(stream.headers['content-type'], /^text\/event-stream/);
    await Promise.all(RESULT_VIEWS.map((view) => stream.next(view)));

    for (let i = 0; i < 4; i++) await send(server.url, npsEnvelope({ unit, score: 10 }));
    const sentAt = Date.now();
    const update = stream.next('nps', (data) => data.groups[0]?.n === 5);
    await send(server.url, npsEnvelope({ unit, score: 10 }));
    const event = await update;
    assert.ok(event.at - sentAt < 1000, `arrived ${event.at - sentAt} ms after the answer`);
    assert.deepEqual(event.data.filter, { unit });
    assert.equal(event.data.groups[0].nps, 100);
    await stream.close();
  });

  it('sends only the view an answer changed', async () => {
    const stream = await openEventStream(server.url, '/v1/results/stream', bearer('results'));
    // Every view is sent on connect, one after another: count from after the last of them.
    await Promise.all(RESULT_VIEWS.map((view) => stream.next(view)));
    const seen = stream.events.length;
    await send(server.url, deviationEnvelope());
    await stream.next('deviation-reports');
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.deepEqual(
      stream.events.slice(seen).map((event) => event.name),
      ['deviation-reports'],
    );
    await stream.close();
  });

  it('needs the results role', async () => {
    const anonymous = await fetch(`${server.url}/v1/results/stream`);
    assert.equal(anonymous.status, 401);
    const reports = await fetch(`${server.url}/v1/results/stream`, { headers: bearer('reports') });
    assert.equal(reports.status, 403);
  });

  it('ends open streams when the collector closes, instead of waiting for them', async () => {
    const own = await startCollector();
    const stream = await openEventStream(own.url, '/v1/results/stream', bearer('results'));
    await stream.next('nps');
    // The dashboard does not hang up; the collector must not wait for it to.
    const started = Date.now();
    await own.collector.close();
    await stream.ended;
    // Only the close is timed: deleting the PGlite directory afterwards took 2.5 s at a load of 15.
    assert.ok(Date.now() - started < 2000, `closed in ${Date.now() - started} ms`);
    await own.storage.drop();
  });
});
