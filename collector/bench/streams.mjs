/**
 * Live-stream benchmark: the collector in its own process with 6,500 answers stored, then
 *   1. 1,000 results streams opened at once: how many are held, and when the last has its first
 *      documents;
 *   2. one answer: when the last of the 1,000 streams has the view it changed;
 *   3. ingest latency (2,000 envelopes, 32 clients) with no stream open, with one dashboard
 *      reading, and with 50 readers that never read.
 * Every phase is bounded in count and time; all traffic is on 127.0.0.1. Writes
 * bench/results/streams-<storage>.json.
 *   node bench/streams.mjs                                  PGlite
 *   bash scripts/with-postgres.sh node bench/streams.mjs    PostgreSQL (DATABASE_URL)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { loadavg } from 'node:os';
import { collectorEnv, spawnCollector } from '../test/support/child-collector.js';
import { freshStorage, STORAGE as storage } from '../test/support/storage.js';
import { bearer } from '../test/support/tokens.js';
import { makeEnvelope } from './envelopes.mjs';
import { ingestClient, percentile } from './ingest-client.mjs';

const STORED = 6_500;
const STREAMS = 1_000;
const STALLED = 50;
const INGEST = 2_000;
const CLIENTS = 32;
const PHASE_LIMIT_MS = 60_000;

/**
 * A stream read as a dashboard reads it. Arrival times are kept from the first byte (the first
 * documents may come in the same packet as the headers); `seen(name, since)` resolves with the
 * time of the first such event after `since`.
 */
function openStream(url) {
  return new Promise((resolve) => {
    const arrivals = [];
    const waiting = [];
    let buffer = '';
    const req = request({
      host: url.hostname,
      port: url.port,
      path: '/v1/results/stream',
      headers: bearer('results'),
    });
    req.on('error', () => resolve({ status: 0 }));
    req.on('response', (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const name = /^event: (.*)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          if (!name) continue;
          const at = performance.now();
          arrivals.push({ name, at });
          for (let i = waiting.length - 1; i >= 0; i--) {
            if (waiting[i].name === name && at > waiting[i].since) waiting.splice(i, 1)[0].done(at);
          }
        }
      });
      res.on('error', () => undefined);
      resolve({
        status: res.statusCode,
        seen: (name, since = 0) =>
          new Promise((done) => {
            const already = arrivals.find((event) => event.name === name && event.at > since);
            if (already) done(already.at);
            else waiting.push({ name, since, done });
          }),
        close: () => req.destroy(),
      });
    });
    req.end();
  });
}

const bounded = (promise) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(undefined), PHASE_LIMIT_MS))]);

const database = await freshStorage();
const collector = spawnCollector(
  collectorEnv(database, {
    PALAUTE_STREAMS_MAX: String(STREAMS + STALLED),
    PALAUTE_STREAMS_PER_TOKEN: String(STREAMS + STALLED),
  }),
);
const url = new URL(await collector.listening);
const client = ingestClient(url, CLIENTS);
const result = { storage, stored: STORED, streams: STREAMS };
try {
  await client.sendAll(
    Array.from({ length: STORED }, (_, index) => makeEnvelope(index)),
    5 * 60_000,
  );

  // 1. Streams opened at once; the first documents end with deviation-reports.
  const opening = performance.now();
  const streams = await bounded(
    Promise.all(
      Array.from({ length: STREAMS }, async () => {
        const stream = await openStream(url);
        stream.first = stream.status === 200 ? stream.seen('deviation-reports') : undefined;
        return stream;
      }),
    ),
  );
  const held = (streams ?? []).filter((stream) => stream.status === 200);
  const firsts = await bounded(Promise.all(held.map((stream) => stream.first)));
  result.streamsHeld = held.length;
  result.allFirstDocumentsMs = firsts ? Math.round(Math.max(...firsts) - opening) : `over ${PHASE_LIMIT_MS}`;

  // 2. One answer reaches every stream.
  const sent = performance.now();
  const updates = held.map((stream) => stream.seen('nps', sent));
  await client.post(makeEnvelope(0));
  const reached = await bounded(Promise.all(updates));
  result.answerReachedAllMs = reached ? Math.round(Math.max(...reached) - sent) : `over ${PHASE_LIMIT_MS}`;
  for (const stream of held) stream.close();
  await new Promise((resolve) => setTimeout(resolve, 2_000));

  // 3. Ingest latency without streams, then with readers that never read.
  const ingest = async () => {
    const { latencies } = await client.sendAll(
      Array.from({ length: INGEST }, (_, index) => makeEnvelope(index)),
      PHASE_LIMIT_MS,
    );
    latencies.sort((a, b) => a - b);
    return { p50Ms: Math.round(percentile(latencies, 50)), p99Ms: Math.round(percentile(latencies, 99)) };
  };
  result.ingestWithoutStreams = await ingest();
  // One dashboard that reads: the results computed while answers arrive cost this much.
  const reader = await openStream(url);
  result.ingestWithOneReader = await ingest();
  reader.close();
  const stalled = Array.from({ length: STALLED }, () => {
    const socket = connect(Number(url.port), url.hostname);
    socket.on('error', () => undefined);
    socket.write(
      `GET /v1/results/stream HTTP/1.1\r\nHost: ${url.hostname}\r\nAuthorization: ${bearer('results').authorization}\r\n\r\n`,
    );
    socket.pause();
    return socket;
  });
  result.ingestWithStalledReaders = { stalled: STALLED, ...(await ingest()) };
  for (const socket of stalled) socket.destroy();

  result.loadAverage = loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
  result.at = new Date().toISOString();
  mkdirSync(new URL('results/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL(`results/streams-${storage}.json`, import.meta.url),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  console.log(JSON.stringify(result));
} finally {
  client.close();
  collector.child.kill('SIGTERM');
  await collector.exited;
  await database
    .drop()
    .catch((error) => console.warn(`could not drop the benchmark database: ${error.message}`));
}
