/**
 * kill -9 in the middle of 1,000 sends, a restart, and clients that retry as the browser outbox
 * does: every answer acknowledged is stored, and every answer is stored once.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { collectorEnv, spawnCollector } from './support/child-collector.js';
import { npsEnvelope } from './support/envelopes.js';
import { exportedEnvelopes } from './support/http.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

const ANSWERS = 1000;
const CLIENTS = 16;
const KILL_AFTER = 300;

describe(`crash [${STORAGE}]`, () => {
  let storage;
  let running;
  after(async () => {
    running?.child.kill('SIGKILL');
    await running?.exited;
    await storage?.drop();
  });

  it(
    'loses no acknowledged answer and stores none twice across kill -9 and restart',
    { timeout: 120_000 },
    async () => {
      storage = await freshStorage();
      const env = collectorEnv(storage);
      running = spawnCollector(env);
      let url = await running.listening;

      const envelopes = Array.from({ length: ANSWERS }, (_, index) =>
        npsEnvelope({ score: index % 11, unit: 'crash-unit' }),
      );
      const acknowledged = new Map();
      let restarted;

      // As the outbox does: 2xx and 409 mean delivered; anything else, or no answer, is tried again.
      async function deliver(envelope) {
        for (;;) {
          try {
            const response = await fetch(`${url}/v1/answers`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'idempotency-key': envelope.id },
              body: JSON.stringify(envelope),
              signal: AbortSignal.timeout(10_000),
            });
            await response.arrayBuffer();
            if (response.status === 201 || response.status === 409) {
              acknowledged.set(envelope.id, response.status);
              if (acknowledged.size === KILL_AFTER && !restarted) restarted = killAndRestart();
              return;
            }
          } catch {
            // the collector is down: wait and try again
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }

      async function killAndRestart() {
        running.child.kill('SIGKILL');
        const { signal } = await running.exited;
        assert.equal(signal, 'SIGKILL');
        running = spawnCollector(env);
        url = await running.listening;
      }

      const queue = [...envelopes];
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          for (let envelope = queue.shift(); envelope; envelope = queue.shift()) await deliver(envelope);
        }),
      );
      await restarted;
      assert.ok(restarted, 'the collector was killed during the sends');

      const stored = await exportedEnvelopes(url, bearer('admin'));
      const storedIds = stored.map((envelope) => envelope.id);
      assert.equal(new Set(storedIds).size, storedIds.length, 'no answer stored twice');
      assert.equal(acknowledged.size, ANSWERS);
      for (const envelope of envelopes)
        assert.ok(storedIds.includes(envelope.id), `acknowledged ${envelope.id} is stored`);
      assert.equal(storedIds.length, ANSWERS);
    },
  );
});
