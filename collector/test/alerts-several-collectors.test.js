/**
 * Two collectors on one PostgreSQL see the same crossing (answers of one unit arriving at both at
 * once): one alert, one alert.fired event. PostgreSQL only: a PGlite directory is one process's.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { alertOptions, alertsOf, startEventReceiver, until } from './support/alerts.js';
import { startCollector } from './support/collector.js';
import { npsEnvelope } from './support/envelopes.js';
import { send } from './support/http.js';
import { freshStorage, STORAGE } from './support/storage.js';

const skip = STORAGE !== 'postgresql' && 'PostgreSQL only: a PGlite directory belongs to one process';
const RULES = [{ id: 'low-nps', kind: 'nps-below', lastAnswers: 6, below: 50 }];

describe(`alerts from two collectors on one database [${STORAGE}]`, { skip }, () => {
  let receiver;
  let storage;
  let a;
  let b;
  before(async () => {
    receiver = await startEventReceiver();
    storage = await freshStorage();
    a = await startCollector({ storage, ...alertOptions(receiver, RULES) });
    b = await startCollector({ storage, ...alertOptions(receiver, RULES) });
  });
  after(async () => {
    await a?.stop();
    await b?.stop();
    await storage?.drop();
    await receiver?.close();
  });

  const checked = () => Promise.all([a.collector.alertsChecked(), b.collector.alertsChecked()]);

  it('fires once when both see the crossing at once', async () => {
    for (let round = 0; round < 5; round++) {
      const unit = `unit-${randomUUID()}`;
      for (let i = 0; i < 6; i++) await send(a.url, npsEnvelope({ unit, score: 10 }));
      await checked();
      // Nine detractors at once, alternately to each: several batches complete on both collectors.
      await Promise.all(
        Array.from({ length: 9 }, (_, i) => send(i % 2 ? a.url : b.url, npsEnvelope({ unit, score: 0 }))),
      );
      await checked();

      const alerts = await alertsOf(a, unit);
      assert.equal(alerts.length, 1, `round ${round}: one alert`);
      assert.deepEqual(await alertsOf(b, unit), alerts, 'both list the same');
      const ofUnit = (event) => event.unit === unit;
      await until(() => receiver.events('alert.fired', ofUnit).length >= 1, 'the event');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(receiver.events('alert.fired', ofUnit).length, 1, `round ${round}: one event`);
    }
  });
});
