/**
 * The live stream with many dashboards: one computation per changed view fanned out to all, a
 * client that stops reading dropped (and logged) instead of growing the server's memory, and
 * limits on streams per token and in all.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { npsEnvelope } from './support/envelopes.js';
import { openEventStream } from './support/events.js';
import { send } from './support/http.js';
import { STORAGE } from './support/storage.js';
import { bearer, sha256, TOKEN_GRANTS } from './support/tokens.js';

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`results stream at scale [${STORAGE}]`, () => {
  it('computes a changed view once and sends the same document to every stream of the filter', async () => {
    const server = await startCollector();
    const unit = 'fan-out-unit';
    const streams = [];
    try {
      for (let i = 0; i < 30; i++) {
        streams.push(await openEventStream(server.url, `/v1/results/stream?unit=${unit}`, bearer('results')));
      }
      // Every stream has had its first documents.
      await Promise.all(
        streams.map(async (stream) => {
          while (!stream.events.some((event) => event.name === 'deviation-reports')) await wait(50);
        }),
      );
      for (let i = 0; i < 4; i++) await send(server.url, npsEnvelope({ unit }));
      const sentAt = Date.now();
      const updates = streams.map((stream) => stream.next('nps', (data) => data.groups[0]?.n === 5));
      await send(server.url, npsEnvelope({ unit }));
      const events = await Promise.all(updates);
      const latest = Math.max(...events.map((event) => event.at)) - sentAt;
      assert.ok(latest < 1_000, `the last stream had it ${latest} ms after the answer`);
      assert.equal(
        new Set(events.map((event) => event.data.generatedAt)).size,
        1,
        'one computation for all 30 streams',
      );
    } finally {
      await Promise.all(streams.map((stream) => stream.close()));
      await server.stop();
    }
  });

  it('drops a client that stops reading once its backlog passes the cap, and logs it', async () => {
    const lines = [];
    const server = await startCollector({
      logLevel: 'warn',
      logDestination: { write: (line) => lines.push(JSON.parse(line)) },
      tuning: { streamThrottleMs: 0, streamBufferCapBytes: 64 * 1024 },
    });
    const { hostname, port } = new URL(server.url);
    // A dashboard that reads nothing after asking.
    const stalled = connect(Number(port), hostname);
    stalled.write(
      `GET /v1/results/stream?bucket=week HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: ${bearer('results').authorization}\r\n\r\n`,
    );
    stalled.pause();
    const closed = new Promise((resolve) => stalled.once('close', resolve));
    stalled.on('error', () => undefined);
    try {
      // Many groups make each nps document large; each answer sends it again.
      const dropped = () =>
        lines.some((line) => line.msg === 'results stream dropped: the client stopped reading');
      const deadline = Date.now() + 60_000;
      for (let i = 0; !dropped() && Date.now() < deadline; i++) {
        await Promise.all(
          Array.from({ length: 20 }, (_, j) =>
            send(server.url, npsEnvelope({ unit: `unit-${i}-${j}-${'x'.repeat(150)}` })),
          ),
        );
      }
      const line = lines.find((entry) => entry.msg === 'results stream dropped: the client stopped reading');
      assert.ok(line, 'the drop is logged');
      assert.equal(line.capBytes, 64 * 1024);
      assert.ok(line.waitingBytes <= 64 * 1024, `${line.waitingBytes} bytes were waiting`);
      stalled.resume();
      await closed;
    } finally {
      stalled.destroy();
      await server.stop();
    }
  });

  it('limits open streams per token (429) and in all (503)', async () => {
    const second = 'second-results-token';
    const server = await startCollector({
      streamsPerToken: 2,
      streamsMax: 3,
      tokens: [...TOKEN_GRANTS, { role: 'results', sha256: sha256(second) }],
    });
    const open = (headers) => openEventStream(server.url, '/v1/results/stream', headers);
    const secondToken = { authorization: `Bearer ${second}` };
    const held = [];
    try {
      held.push(await open(bearer('results')), await open(bearer('results')));
      const third = await open(bearer('results'));
      assert.equal(third.status, 429);
      await third.close();
      held.push(await open(secondToken));
      assert.deepEqual(
        held.map((stream) => stream.status),
        [200, 200, 200],
      );
      const overall = await open(secondToken);
      assert.equal(overall.status, 503);
      assert.ok(overall.headers['retry-after']);
      await overall.close();

      await held.shift().close();
      let again;
      for (let attempt = 0; attempt < 20; attempt++) {
        again = await open(bearer('results'));
        if (again.status === 200) break;
        await again.close();
        await wait(100);
      }
      assert.equal(again.status, 200, 'a closed stream frees its place');
      held.push(again);
    } finally {
      await Promise.all(held.map((stream) => stream.close()));
      await server.stop();
    }
  });
});
