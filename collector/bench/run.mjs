/**
 * Ingest benchmark: 20,000 envelopes over loopback from 32 concurrent clients to the collector
 * running as operators run it (its own process), then a check that every acknowledged answer is
 * stored exactly once. Prints answers/s, p50/p99 latency and CPU time per answer, and writes
 * bench/results/<storage>[-<n>-instances].json.
 *
 * Storage, databases and the child process are the tests' own (test/support/):
 *   node bench/run.mjs                                  PGlite
 *   bash scripts/with-postgres.sh node bench/run.mjs    PostgreSQL (DATABASE_URL)
 *   BENCH_INSTANCES=2 bash scripts/with-postgres.sh node bench/run.mjs
 *                                                       two collectors on one database, the
 *                                                       clients spread over both
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { collectorEnv, spawnCollector } from '../test/support/child-collector.js';
import { exportedEnvelopes } from '../test/support/http.js';
import { freshStorage, STORAGE as storage } from '../test/support/storage.js';
import { bearer } from '../test/support/tokens.js';
import { makeEnvelope } from './envelopes.mjs';
import { ingestClient, percentile } from './ingest-client.mjs';

const ANSWERS = 20_000;
const WARM_UP = 1_000;
const CLIENTS = 32;
const TIME_LIMIT_MS = 5 * 60_000;
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);
if (INSTANCES > 1 && storage !== 'postgresql') {
  console.error('BENCH_INSTANCES > 1 needs PostgreSQL: a PGlite directory belongs to one process.');
  process.exit(2);
}

/**
 * CPU seconds used so far by the collector process, and by PostgreSQL's processes. The machine
 * is shared, so wall-clock rates vary with what else runs; answers per CPU second of the
 * collector say what one free core would take. Linux /proc only.
 */
const TICKS_PER_S = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S; // utime + stime
}
function postgresCpuSeconds() {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') total += cpuSeconds(pid);
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

const database = await freshStorage();
// One first, so that the others find the database migrated.
const collectors = [spawnCollector(collectorEnv(database))];
await collectors[0].listening;
for (let i = 1; i < INSTANCES; i++) collectors.push(spawnCollector(collectorEnv(database)));
const urls = (await Promise.all(collectors.map((collector) => collector.listening))).map((u) => new URL(u));
const url = urls[0];
const collectorsCpuSeconds = () => collectors.reduce((sum, { child }) => sum + cpuSeconds(child.pid), 0);
const client = ingestClient(urls, CLIENTS);
const sendAll = (envelopes) => client.sendAll(envelopes, TIME_LIMIT_MS);
try {
  await sendAll(Array.from({ length: WARM_UP }, (_, index) => makeEnvelope(index)));
  const envelopes = Array.from({ length: ANSWERS }, (_, index) => makeEnvelope(index));
  const cpuBefore = { collector: collectorsCpuSeconds(), postgres: postgresCpuSeconds() };
  const started = performance.now();
  const { latencies, statuses, acknowledged } = await sendAll(envelopes);
  const seconds = (performance.now() - started) / 1000;
  const collectorCpu = collectorsCpuSeconds() - cpuBefore.collector;
  const postgresCpu = postgresCpuSeconds() - cpuBefore.postgres;

  const ids = (await exportedEnvelopes(url.origin, bearer('admin'))).map((envelope) => envelope.id);
  const unique = new Set(ids);
  const lost = acknowledged.filter((id) => !unique.has(id)).length;
  const duplicated = ids.length - unique.size;
  latencies.sort((a, b) => a - b);
  const result = {
    storage,
    instances: INSTANCES,
    answers: ANSWERS,
    clients: CLIENTS,
    seconds: Number(seconds.toFixed(2)),
    answersPerSecond: Math.round(latencies.length / seconds),
    p50Ms: Number(percentile(latencies, 50).toFixed(2)),
    p99Ms: Number(percentile(latencies, 99).toFixed(2)),
    collectorCpuSeconds: Number(collectorCpu.toFixed(2)),
    answersPerCollectorCpuSecond: Math.round(latencies.length / collectorCpu),
    collectorCpuMsPerAnswer: Number(((collectorCpu * 1000) / latencies.length).toFixed(3)),
    ...(storage === 'postgresql'
      ? {
          postgresCpuSeconds: Number(postgresCpu.toFixed(2)),
          postgresCpuMsPerAnswer: Number(((postgresCpu * 1000) / latencies.length).toFixed(3)),
        }
      : {}),
    loadAverage: loadavg()
      .map((load) => load.toFixed(2))
      .join(' '),
    statuses,
    stored: ids.length,
    lost,
    duplicated,
    at: new Date().toISOString(),
  };
  mkdirSync(new URL('results/', import.meta.url), { recursive: true });
  const name = INSTANCES > 1 ? `${storage}-${INSTANCES}-instances` : storage;
  writeFileSync(new URL(`results/${name}.json`, import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `${storage} × ${INSTANCES}: ${result.answersPerSecond} answers/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms ` +
      `(${ANSWERS} envelopes, ${CLIENTS} clients, ${result.seconds} s); ` +
      `collector CPU ${result.collectorCpuSeconds} s = ${result.collectorCpuMsPerAnswer} ms per answer` +
      `${storage === 'postgresql' ? `, PostgreSQL CPU ${result.postgresCpuSeconds} s = ${result.postgresCpuMsPerAnswer} ms per answer` : ''}; load ${result.loadAverage}\n` +
      `  statuses ${JSON.stringify(statuses)}; ` +
      `stored ${ids.length} (incl. ${WARM_UP} warm-up), lost ${lost}, duplicated ${duplicated}`,
  );
  if (lost || duplicated || latencies.length !== ANSWERS || statuses[201] !== ANSWERS) process.exitCode = 1;
} finally {
  client.close();
  for (const { child } of collectors) child.kill('SIGTERM');
  await Promise.all(collectors.map((collector) => collector.exited));
  await database
    .drop()
    .catch((error) => console.warn(`could not drop the benchmark database: ${error.message}`));
}
