/**
 * The daily jobs (the retention purge first) run once a day per database, not at every start:
 * a collector restarted within the day does not purge again; once the interval has passed, the
 * next look runs it. The same SQL on both databases; several processes: several-collectors.test.js.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lockKeyOf } from '../dist/jobs/daily-once.js';
import { DAILY_JOBS } from '../dist/jobs/daily-jobs.js';
import { startCollector } from './support/collector.js';
import { freshStorage, STORAGE } from './support/storage.js';

const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A collector on `storage` whose 'retention purge' log lines are counted. */
async function collectorCountingPurges(storage, tuning = {}) {
  const purges = [];
  const server = await startCollector({
    storage,
    logLevel: 'info',
    logDestination: {
      write(line) {
        if (JSON.parse(line).msg === 'retention purge') purges.push(line);
      },
    },
    tuning,
  });
  return { server, purges };
}

describe(`daily jobs [${STORAGE}]`, () => {
  let storage;
  before(async () => {
    storage = await freshStorage();
  });
  after(() => storage?.drop());

  it('does not purge again when restarted within the day', async () => {
    const first = await collectorCountingPurges(storage);
    await settle(1000);
    await first.server.stop();
    const second = await collectorCountingPurges(storage);
    await settle(1500);
    await second.server.stop();
    assert.deepEqual(second.purges, [], 'the purge already ran today');
  });

  it('purges again at the next look once the interval has passed', async () => {
    // Due 1.5 s after the last run, looked at every second.
    const { server, purges } = await collectorCountingPurges(storage, { purgeIntervalMs: 2000 });
    const deadline = Date.now() + 6000;
    while (purges.length < 2 && Date.now() < deadline) await settle(100);
    await server.stop();
    assert.ok(purges.length >= 2, `${purges.length} purges in 6 s with a 2 s interval`);
  });

  it('gives every registered job its own name and lock key', () => {
    const names = DAILY_JOBS.map((job) => job.name);
    assert.ok(names.includes('retention-purge'));
    assert.equal(new Set(names).size, names.length);
    assert.equal(new Set(names.map(lockKeyOf)).size, names.length);
  });
});
